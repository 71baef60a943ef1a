package org.neurobeam.pipelines.inspect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.nifti.NiftiExtension;
import org.neurobeam.ingest.nifti.NiftiHeader;
import org.neurobeam.ingest.nifti.NiftiReader;
import org.neurobeam.ingest.nifti.NiftiScan;
import org.neurobeam.ingest.nifti.NiftiStats;

/**
 * The {@code inspect} report of a NIfTI file as one JSON object. Field names are a documented contract
 * (README, "inspect"): {@code format}, {@code shape}, {@code datatype}, {@code scl_slope}/{@code scl_inter}
 * (as stored, null when NaN), {@code qform_code}, {@code sform_code}, {@code affine} (nibabel's choice),
 * {@code zooms}, {@code xyzt_units} (raw code), {@code stats} over the finite scaled values in float64,
 * and {@code voxel_value} when a voxel is asked for.
 */
public final class NiftiInspection {

    private NiftiInspection() {
    }

    /** Inspects {@code file}; {@code voxel} is null or {i, j, k} or {i, j, k, t}. */
    public static ObjectNode inspect(Path file, long[] voxel) throws IOException {
        NiftiScan scan = NiftiScan.of(file);
        NiftiHeader header = scan.header();
        ObjectNode out = new ObjectMapper().createObjectNode();
        out.put("path", file.toAbsolutePath().normalize().toString());
        out.put("format", "nifti" + header.version());
        out.put("byte_order", header.byteOrder() == ByteOrder.BIG_ENDIAN ? "big" : "little");
        putInts(out.putArray("shape"), header.shape());
        out.put("datatype", header.datatype());
        out.put("datatype_name", header.datatypeName());
        out.put("bitpix", header.bitpix());
        putNumber(out, "scl_slope", header.sclSlope());
        putNumber(out, "scl_inter", header.sclInter());
        out.put("scaled", header.isScaled());
        out.put("qform_code", header.qformCode());
        out.put("sform_code", header.sformCode());
        putMatrix(out.putArray("affine"), header.bestAffine());
        putMatrix(out.putArray("qform_affine"), header.qformAffine());
        putMatrix(out.putArray("sform_affine"), header.sformAffine());
        putDoubles(out.putArray("zooms"), header.zooms());
        out.put("xyzt_units", header.xyztUnits());
        out.put("spatial_unit", header.spatialUnit());
        out.put("time_unit", header.timeUnit());
        if (header.timeStepSeconds().isPresent()) {
            out.put("time_step_s", header.timeStepSeconds().getAsDouble());
        } else {
            out.putNull("time_step_s");
        }
        out.put("intent_code", header.intentCode());
        out.put("intent_name", header.intentName());
        out.put("descrip", header.descrip());
        ArrayNode extensions = out.putArray("extensions");
        for (NiftiExtension extension : header.extensions()) {
            extensions.addObject().put("code", extension.code()).put("size", extension.content().length);
        }
        out.put("sha256", scan.sha256());
        NiftiStats stats = scan.stats();
        ObjectNode statsNode = out.putObject("stats");
        putNumber(statsNode, "sum", stats.sum());
        putNumber(statsNode, "mean", stats.mean());
        putNumber(statsNode, "min", stats.min());
        putNumber(statsNode, "max", stats.max());
        statsNode.put("n_nan", stats.nNan());
        if (voxel != null) {
            putVoxel(out, file, header, voxel);
        }
        return out;
    }

    private static void putVoxel(ObjectNode out, Path file, NiftiHeader header, long[] voxel) throws IOException {
        int[] shape = header.shape();
        Checks.argument(voxel.length == 3 || voxel.length == 4, "--voxel", "expected i,j,k or i,j,k,t");
        long offset = 0;
        long stride = 1;
        for (int axis = 0; axis < 3; axis++) {
            long size = axis < shape.length ? shape[axis] : 1;
            Checks.argument(voxel[axis] >= 0 && voxel[axis] < size, "--voxel",
                    "index %d on axis %d is outside 0..%d", voxel[axis], axis, size - 1);
            offset += voxel[axis] * stride;
            stride *= size;
        }
        try (NiftiReader reader = NiftiReader.open(file)) {
            if (voxel.length == 4) {
                Checks.argument(voxel[3] >= 0 && voxel[3] < header.volumeCount(), "--voxel",
                        "volume %d is outside 0..%d", voxel[3], header.volumeCount() - 1);
                putNumber(out, "voxel_value", reader.readVolume(voxel[3])[(int) offset]);
            } else if (header.volumeCount() == 1) {
                putNumber(out, "voxel_value", reader.readVolume(0)[(int) offset]);
            } else {
                ArrayNode series = out.putArray("voxel_value");
                double[] volume = new double[(int) header.voxelsPerVolume()];
                for (long t = 0; t < header.volumeCount(); t++) {
                    reader.readVolume(t, volume);
                    addNumber(series, volume[(int) offset]);
                }
            }
        }
    }

    private static void putNumber(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    private static void addNumber(ArrayNode node, double value) {
        if (Double.isNaN(value)) {
            node.addNull();
        } else {
            node.add(value);
        }
    }

    private static void putInts(ArrayNode node, int[] values) {
        for (int v : values) {
            node.add(v);
        }
    }

    private static void putDoubles(ArrayNode node, double[] values) {
        for (double v : values) {
            addNumber(node, v);
        }
    }

    private static void putMatrix(ArrayNode node, double[][] matrix) {
        for (double[] row : matrix) {
            putDoubles(node.addArray(), row);
        }
    }
}
