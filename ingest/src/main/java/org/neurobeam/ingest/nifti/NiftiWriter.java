package org.neurobeam.ingest.nifti;

import static org.neurobeam.ingest.nifti.NiftiLayout.Field;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.neurobeam.ingest.Checks;

/**
 * Writes a single-file NIfTI-1 (default) or NIfTI-2 image, {@code .nii} or gzipped {@code .nii.gz}
 * (chosen by the suffix), little-endian, one volume at a time so no 4D image is ever held. Built with
 * {@link #builder()}; {@link #close()} fails unless every volume was written.
 */
public final class NiftiWriter implements AutoCloseable {

    private static final int CHUNK = 1 << 20;
    private static final Set<NiftiDatatype> WRITABLE = Set.of(NiftiDatatype.FLOAT32, NiftiDatatype.FLOAT64,
            NiftiDatatype.INT16);

    private final Path file;
    private final OutputStream out;
    private final NiftiDatatype type;
    private final Int16Scaling scaling;
    private final int voxels;
    private final long volumes;
    private final ByteBuffer chunk;
    private long written;

    private NiftiWriter(Path file, OutputStream out, NiftiDatatype type, Int16Scaling scaling, int voxels,
            long volumes) {
        this.file = file;
        this.out = out;
        this.type = type;
        this.scaling = scaling;
        this.voxels = voxels;
        this.volumes = volumes;
        this.chunk = ByteBuffer.allocate(Math.min(voxels * type.bytes(), CHUNK)).order(ByteOrder.LITTLE_ENDIAN);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Appends the next volume: {@code shape[0] * shape[1] * shape[2]} values, i fastest. */
    public void writeVolume(double[] volume) throws IOException {
        Checks.argument(written < volumes, "volume", "all %d volumes of %s are already written", volumes, file);
        Checks.argument(volume.length == voxels, "volume", "expected %d values, got %d", voxels, volume.length);
        int size = type.bytes();
        int perChunk = chunk.capacity() / size;
        for (int start = 0; start < voxels; start += perChunk) {
            int n = Math.min(perChunk, voxels - start);
            for (int i = 0; i < n; i++) {
                double v = volume[start + i];
                type.encode(chunk, i * size, type == NiftiDatatype.INT16 ? scaling.quantise(v) : v);
            }
            out.write(chunk.array(), 0, n * size);
        }
        written++;
    }

    /** Finishes the file; fails if fewer volumes were written than the shape declares. */
    @Override
    public void close() throws IOException {
        out.close();
        if (written != volumes) {
            throw new IOException(file + ": wrote " + written + " of " + volumes + " volumes; the file is incomplete");
        }
    }

    /** Settings of a file to write; everything but the shape has a default. */
    public static final class Builder {

        private NiftiLayout layout = NiftiLayout.V1;
        private NiftiDatatype type = NiftiDatatype.FLOAT32;
        private int[] shape;
        private double[] zooms = new double[0];
        private double[][] affine;
        private int xformCode = 1;
        private Int16Scaling scaling = Int16Scaling.IDENTITY;
        private String spatialUnit = "unknown";
        private String timeUnit = "unknown";
        private double repetitionTime = Double.NaN;
        private String descrip = "";
        private final List<NiftiExtension> extensions = new ArrayList<>();

        private Builder() {
        }

        /** dim[1..n], 1 to 7 positive sizes. */
        public Builder shape(int... shape) {
            Checks.argument(shape.length >= 1 && shape.length <= 7, "shape", "expected 1..7 dimensions, got %d",
                    shape.length);
            Checks.argument(Arrays.stream(shape).allMatch(s -> s > 0), "shape", "sizes must be positive: %s",
                    Arrays.toString(shape));
            this.shape = shape.clone();
            return this;
        }

        /** FLOAT32 (default), FLOAT64 or INT16. */
        public Builder datatype(NiftiDatatype type) {
            this.type = Checks.option(type, "datatype", WRITABLE);
            return this;
        }

        /** For INT16: the range of the data to come, from which scl_slope/scl_inter are chosen. */
        public Builder int16Range(double min, double max) {
            this.scaling = Int16Scaling.forRange(min, max);
            return this;
        }

        /**
         * Voxel-to-world affine (4x4), written as the sform and, when its 3x3 part is a rotation times
         * zooms, as the qform too (which then also sets pixdim[0..3], as nibabel {@code set_qform} does).
         */
        public Builder affine(double[][] affine) {
            Checks.argument(affine.length == 4 && Arrays.stream(affine).allMatch(r -> r.length == 4), "affine",
                    "expected a 4x4 matrix");
            this.affine = Arrays.stream(affine).map(double[]::clone).toArray(double[][]::new);
            return this;
        }

        /** qform_code and sform_code written with the affine (default 1, scanner). */
        public Builder xformCode(int code) {
            Checks.argument(code >= 1 && code <= 5, "xformCode", "expected 1..5, got %d", code);
            this.xformCode = code;
            return this;
        }

        /** pixdim[1..n]; missing ones are 1. */
        public Builder zooms(double... zooms) {
            this.zooms = zooms.clone();
            return this;
        }

        /** xyzt_units from nibabel's names: {@code mm}, {@code meter}, {@code micron}; {@code sec}, ... */
        public Builder units(String spatial, String time) {
            Units.code(spatial, time);
            this.spatialUnit = spatial;
            this.timeUnit = time;
            return this;
        }

        /** pixdim[4], in the time unit. */
        public Builder repetitionTime(double tr) {
            this.repetitionTime = Checks.positive(tr, "repetitionTime");
            return this;
        }

        public Builder descrip(String descrip) {
            Checks.argument(descrip.length() <= 80, "descrip", "at most 80 characters, got %d", descrip.length());
            this.descrip = descrip;
            return this;
        }

        public Builder extension(NiftiExtension extension) {
            extensions.add(extension);
            return this;
        }

        /** Writes NIfTI-2 (540-byte header, 64-bit dims) instead of NIfTI-1. */
        public Builder nifti2() {
            this.layout = NiftiLayout.V2;
            return this;
        }

        /** Creates {@code file} (.nii or .nii.gz) and writes its header. */
        public NiftiWriter open(Path file) throws IOException {
            Checks.argument(shape != null, "shape", "not set");
            long perVolume = 1;
            long volumes = 1;
            for (int i = 0; i < shape.length; i++) {
                if (i < 3) {
                    perVolume *= shape[i];
                } else {
                    volumes *= shape[i];
                }
            }
            Checks.argument(perVolume * type.bytes() <= Integer.MAX_VALUE - 8, "shape",
                    "a volume of %d voxels is too large", perVolume);
            Checks.argument(layout == NiftiLayout.V2 || Arrays.stream(shape).allMatch(s -> s <= Short.MAX_VALUE),
                    "shape", "NIfTI-1 dims are at most 32767; use nifti2()");
            boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
            OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), CHUNK);
            OutputStream out = gzip ? new GZIPOutputStream(raw, CHUNK) : raw;
            ByteBuffer header = header();
            Int16Scaling stored = type == NiftiDatatype.INT16
                    ? new Int16Scaling(layout.real(header, Field.SCL_SLOPE, 0), layout.real(header, Field.SCL_INTER, 0))
                    : Int16Scaling.IDENTITY;
            out.write(header.array());
            return new NiftiWriter(file, out, type, stored, (int) perVolume, volumes);
        }

        /** Header, extender and extensions, up to vox_offset. */
        private ByteBuffer header() {
            int extensionBytes = extensions.stream().mapToInt(NiftiExtension::esize).sum();
            int voxOffset = layout.minimalDataOffset() + extensionBytes;
            ByteBuffer b = ByteBuffer.allocate(voxOffset).order(ByteOrder.LITTLE_ENDIAN);
            layout.put(b, Field.SIZEOF_HDR, 0, layout.headerSize());
            layout.putText(b, Field.MAGIC, layout.singleFileMagic());
            layout.put(b, Field.DATATYPE, 0, type.code());
            layout.put(b, Field.BITPIX, 0, type.bitpix());
            layout.put(b, Field.VOX_OFFSET, 0, voxOffset);
            double[] dim = new double[8];
            double[] pixdim = new double[8];
            Arrays.fill(dim, 1);
            Arrays.fill(pixdim, 1);
            dim[0] = shape.length;
            for (int i = 0; i < shape.length; i++) {
                dim[i + 1] = shape[i];
            }
            for (int i = 0; i < Math.min(zooms.length, 7); i++) {
                pixdim[i + 1] = zooms[i];
            }
            if (!Double.isNaN(repetitionTime)) {
                pixdim[4] = repetitionTime;
            }
            putAffine(b, pixdim);
            for (int i = 0; i < 8; i++) {
                layout.put(b, Field.DIM, i, dim[i]);
                layout.put(b, Field.PIXDIM, i, pixdim[i]);
            }
            Int16Scaling s = type == NiftiDatatype.INT16 ? scaling : Int16Scaling.IDENTITY;
            layout.put(b, Field.SCL_SLOPE, 0, s.slope());
            layout.put(b, Field.SCL_INTER, 0, s.inter());
            layout.put(b, Field.XYZT_UNITS, 0, Units.code(spatialUnit, timeUnit));
            layout.putText(b, Field.DESCRIP, descrip);
            putExtensions(b);
            return b;
        }

        private void putAffine(ByteBuffer b, double[] pixdim) {
            if (affine == null) {
                return;
            }
            Field[] rows = {Field.SROW_X, Field.SROW_Y, Field.SROW_Z};
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 4; j++) {
                    layout.put(b, rows[i], j, affine[i][j]);
                }
            }
            layout.put(b, Field.SFORM_CODE, 0, xformCode);
            Affines.QuaternionForm q = Affines.toQuaternion(affine);
            if (q == null) {
                return;
            }
            layout.put(b, Field.QFORM_CODE, 0, xformCode);
            layout.put(b, Field.QUATERN, 0, q.b());
            layout.put(b, Field.QUATERN, 1, q.c());
            layout.put(b, Field.QUATERN, 2, q.d());
            for (int i = 0; i < 3; i++) {
                layout.put(b, Field.QOFFSET, i, q.offset()[i]);
                pixdim[i + 1] = q.zooms()[i];
            }
            pixdim[0] = q.qfac();
        }

        private void putExtensions(ByteBuffer b) {
            int at = layout.headerSize();
            b.put(at, (byte) (extensions.isEmpty() ? 0 : 1));
            at += 4;
            for (NiftiExtension e : extensions) {
                b.putInt(at, e.esize());
                b.putInt(at + 4, e.code());
                b.put(at + 8, e.content());
                at += e.esize();
            }
        }
    }
}
