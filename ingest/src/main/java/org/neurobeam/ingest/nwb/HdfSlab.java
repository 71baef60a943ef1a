package org.neurobeam.ingest.nwb;

import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.exceptions.HdfException;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.datatype.OrderedDataType;
import java.nio.ByteBuffer;

/**
 * Reads rows {@code [start, start + count)} of the first dimension of a 1-d or 2-d numeric dataset, all
 * columns or a block of them, without reading the rest. Contiguous datasets go through jhdf's hyperslab {@code getData(offset,
 * shape)}; jhdf 0.9.2 refuses that for chunked datasets ("Chunked datasets don't support slice
 * reading"), so for those only the chunks overlapping the rows are fetched, decompressed by jhdf's
 * filter pipeline ({@link ChunkedDataset#getDecompressedChunk}), and decoded here. Per the HDF5 spec
 * (Data Layout message, chunked storage) every chunk holds a full chunk-shaped block in C order, edge
 * chunks included; a chunk never written reads as the dataset's fill value (0 when none).
 */
final class HdfSlab {

    private HdfSlab() {
    }

    static double[][] rows(Dataset data, long start, int count) {
        int[] dims = data.getDimensions();
        return block(data, start, count, 0, dims.length == 2 ? dims[1] : 1);
    }

    /**
     * Rows {@code [start, start + count)} of columns {@code [col, col + cols)} (a 1-d dataset has the one
     * column 0): {@code count} rows of {@code cols} values. Chunked: only the chunks overlapping the block.
     */
    static double[][] block(Dataset data, long start, int count, int col, int cols) {
        int[] dims = data.getDimensions();
        if (count == 0) {
            return new double[0][];
        }
        if (!(data instanceof ChunkedDataset chunked)) {
            long[] offset = new long[dims.length];
            offset[0] = start;
            int[] shape = dims.clone();
            shape[0] = count;
            if (dims.length == 2) {
                offset[1] = col;
                shape[1] = cols;
            }
            return HdfValues.matrix(data.getData(offset, shape));
        }
        int[] chunk = chunked.getChunkDimensions();
        int chunkRows = chunk[0];
        int chunkCols = dims.length == 2 ? chunk[1] : 1;
        DataType type = data.getDataType();
        int size = type.getSize();
        double[][] out = new double[count][cols];
        for (long row0 = start / chunkRows * chunkRows; row0 < start + count; row0 += chunkRows) {
            for (int col0 = col / chunkCols * chunkCols; col0 < col + cols; col0 += chunkCols) {
                ByteBuffer bytes = chunk(chunked, dims.length == 2 ? new int[] {(int) row0, col0}
                        : new int[] {(int) row0}, type);
                long from = Math.max(start, row0);
                long to = Math.min(start + count, row0 + chunkRows);
                for (long r = from; r < to; r++) {
                    for (int c = Math.max(col, col0); c < Math.min(col + cols, col0 + chunkCols); c++) {
                        int at = (int) (((r - row0) * chunkCols + (c - col0)) * size);
                        out[(int) (r - start)][c - col] = bytes == null ? fill(data) : decode(type, bytes, at);
                    }
                }
            }
        }
        return out;
    }

    /** Rows per read that decode each chunk once: a multiple of the chunk rows near {@code target}. */
    static int rowsPerRead(Dataset data, int target) {
        if (!(data instanceof ChunkedDataset chunked)) {
            return target;
        }
        int chunkRows = chunked.getChunkDimensions()[0];
        return Math.max(1, target / chunkRows) * chunkRows;
    }

    /** The decompressed chunk at element offset {@code origin}, or {@code null} if it was never written. */
    private static ByteBuffer chunk(ChunkedDataset data, int[] origin, DataType type) {
        byte[] bytes;
        try {
            bytes = data.getDecompressedChunk(origin);
        } catch (HdfException e) {
            return null;
        }
        return ByteBuffer.wrap(bytes).order(((OrderedDataType) type).getByteOrder());
    }

    private static double fill(Dataset data) {
        Object fill = data.getFillValue();
        return fill instanceof Number n ? n.doubleValue() : 0.0;
    }

    private static double decode(DataType type, ByteBuffer b, int at) {
        if (type instanceof FloatingPoint) {
            return switch (type.getSize()) {
                case 2 -> FloatingPoint.toFloat(b.getShort(at));
                case 4 -> b.getFloat(at);
                default -> b.getDouble(at);
            };
        }
        boolean signed = ((FixedPoint) type).isSigned();
        return switch (type.getSize()) {
            case 1 -> signed ? b.get(at) : b.get(at) & 0xFF;
            case 2 -> signed ? b.getShort(at) : b.getShort(at) & 0xFFFF;
            case 4 -> signed ? b.getInt(at) : b.getInt(at) & 0xFFFF_FFFFL;
            default -> signed || b.getLong(at) >= 0 ? b.getLong(at) : Math.pow(2, 64) + b.getLong(at);
        };
    }

    /** Whether {@link #rows} can decode {@code data}: integers and floats. */
    static boolean isNumeric(Dataset data) {
        return data.getDataType() instanceof FloatingPoint || data.getDataType() instanceof FixedPoint;
    }
}
