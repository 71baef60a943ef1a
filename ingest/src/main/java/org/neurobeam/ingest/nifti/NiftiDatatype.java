package org.neurobeam.ingest.nifti;

import java.nio.ByteBuffer;

/**
 * NIfTI {@code datatype} codes ({@code nifti1.h} {@code NIFTI_TYPE_*}) with the names nibabel gives them.
 * Only the real scalar types can be decoded; RGB, complex, float128 and binary are recognised so that
 * the error can say what the file holds.
 */
public enum NiftiDatatype {
    BINARY(1, 1, "binary"),
    UINT8(2, 8, "uint8"),
    INT16(4, 16, "int16"),
    INT32(8, 32, "int32"),
    FLOAT32(16, 32, "float32"),
    COMPLEX64(32, 64, "complex64"),
    FLOAT64(64, 64, "float64"),
    RGB24(128, 24, "RGB"),
    INT8(256, 8, "int8"),
    UINT16(512, 16, "uint16"),
    UINT32(768, 32, "uint32"),
    INT64(1024, 64, "int64"),
    UINT64(1280, 64, "uint64"),
    FLOAT128(1536, 128, "float128"),
    COMPLEX128(1792, 128, "complex128"),
    COMPLEX256(2048, 256, "complex256"),
    RGBA32(2304, 32, "RGBA");

    private final int code;
    private final int bitpix;
    private final String label;

    NiftiDatatype(int code, int bitpix, String label) {
        this.code = code;
        this.bitpix = bitpix;
        this.label = label;
    }

    /** The {@code datatype} header code. */
    public int code() {
        return code;
    }

    /** The {@code bitpix} the spec fixes for this type. */
    public int bitpix() {
        return bitpix;
    }

    /** Bytes per voxel (bitpix / 8; 0 for binary). */
    public int bytes() {
        return bitpix / 8;
    }

    /** nibabel's name: {@code int16}, {@code float32}, {@code RGB}, ... */
    public String label() {
        return label;
    }

    /** Whether voxels of this type decode to one real number (integers and float32/64). */
    public boolean isSupported() {
        return switch (this) {
            case UINT8, INT8, INT16, UINT16, INT32, UINT32, INT64, UINT64, FLOAT32, FLOAT64 -> true;
            default -> false;
        };
    }

    /** The type with header code {@code code}, or {@code null}. */
    public static NiftiDatatype ofCode(int code) {
        for (NiftiDatatype t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }

    /**
     * Decodes the voxel at absolute position {@code at} of {@code buffer} (whose byte order is the
     * file's). 64-bit integers become the nearest double, exact up to 2^53 and for every multiple of
     * a power of two that fits 53 bits.
     */
    double decode(ByteBuffer buffer, int at) {
        return switch (this) {
            case UINT8 -> buffer.get(at) & 0xFF;
            case INT8 -> buffer.get(at);
            case INT16 -> buffer.getShort(at);
            case UINT16 -> buffer.getShort(at) & 0xFFFF;
            case INT32 -> buffer.getInt(at);
            case UINT32 -> buffer.getInt(at) & 0xFFFF_FFFFL;
            case INT64 -> buffer.getLong(at);
            case UINT64 -> unsignedToDouble(buffer.getLong(at));
            case FLOAT32 -> buffer.getFloat(at);
            case FLOAT64 -> buffer.getDouble(at);
            default -> throw new IllegalStateException(label + " voxels are not decodable");
        };
    }

    /** Encodes {@code value} (already converted to this type's range) at absolute position {@code at}. */
    void encode(ByteBuffer buffer, int at, double value) {
        switch (this) {
            case INT16 -> buffer.putShort(at, (short) value);
            case FLOAT32 -> buffer.putFloat(at, (float) value);
            case FLOAT64 -> buffer.putDouble(at, value);
            default -> throw new IllegalStateException("writing " + label + " is not supported");
        }
    }

    private static double unsignedToDouble(long v) {
        if (v >= 0) {
            return v;
        }
        // Halve (keeping the sticky low bit so rounding stays correct), convert, double again.
        return ((double) ((v >>> 1) | (v & 1))) * 2.0;
    }
}
