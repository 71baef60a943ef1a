package org.neurobeam.ingest.npy;

import java.nio.ByteBuffer;

/**
 * The element types this package reads and writes, by their numpy type code (kind letter + item size,
 * as in the {@code descr} of a {@code .npy} header, numpy "Data type objects", array-interface
 * typestr). {@link #OBJECT} ({@code O}) marks pickled Python objects and has no byte decoding.
 */
public enum NpyType {
    BOOL("b1", 1),
    INT8("i1", 1),
    UINT8("u1", 1),
    INT16("i2", 2),
    UINT16("u2", 2),
    INT32("i4", 4),
    UINT32("u4", 4),
    INT64("i8", 8),
    UINT64("u8", 8),
    FLOAT32("f4", 4),
    FLOAT64("f8", 8),
    OBJECT("O", 8);

    private final String code;
    private final int size;

    NpyType(String code, int size) {
        this.code = code;
        this.size = size;
    }

    /** numpy's type code without byte order: {@code f4}, {@code u1}, {@code O}. */
    public String code() {
        return code;
    }

    /** Bytes per element (8 for object pointers, as numpy reports, though none are stored). */
    public int size() {
        return size;
    }

    /** Whether elements are numbers stored in the file (everything but {@link #OBJECT}). */
    public boolean isNumeric() {
        return this != OBJECT;
    }

    /** Whether elements are IEEE floats. */
    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /** The type with code {@code code} ({@code f4}, {@code O}, {@code O8}), or {@code null}. */
    static NpyType ofCode(String code) {
        if (code.equals("O8")) {
            return OBJECT;
        }
        for (NpyType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        return null;
    }

    /** The element at byte {@code at} of {@code buffer} as the nearest double (64-bit integers exact to 2^53). */
    double decode(ByteBuffer buffer, int at) {
        return switch (this) {
            case BOOL, UINT8 -> buffer.get(at) & 0xFF;
            case INT8 -> buffer.get(at);
            case INT16 -> buffer.getShort(at);
            case UINT16 -> buffer.getShort(at) & 0xFFFF;
            case INT32 -> buffer.getInt(at);
            case UINT32 -> buffer.getInt(at) & 0xFFFF_FFFFL;
            case INT64 -> buffer.getLong(at);
            case UINT64 -> unsignedToDouble(buffer.getLong(at));
            case FLOAT32 -> buffer.getFloat(at);
            case FLOAT64 -> buffer.getDouble(at);
            case OBJECT -> throw new IllegalStateException("object elements are pickled, not decodable");
        };
    }

    /**
     * The integer element at byte {@code at} exactly ({@code u8} as the same 64 bits, see
     * {@link Long#toUnsignedString}); floats are truncated toward zero.
     */
    long decodeLong(ByteBuffer buffer, int at) {
        return switch (this) {
            case INT64, UINT64 -> buffer.getLong(at);
            default -> (long) decode(buffer, at);
        };
    }

    /** Stores {@code value} at byte {@code at}, cast like numpy {@code astype} for in-range values. */
    void encode(ByteBuffer buffer, int at, double value) {
        switch (this) {
            case FLOAT32 -> buffer.putFloat(at, (float) value);
            case FLOAT64 -> buffer.putDouble(at, value);
            case BOOL -> buffer.put(at, (byte) (value != 0 ? 1 : 0));
            case UINT64 -> buffer.putLong(at, value >= 0x1p63 ? (long) (value - 0x1p63) ^ Long.MIN_VALUE : (long) value);
            default -> encodeLong(buffer, at, (long) value);
        }
    }

    /** Stores the integer {@code value} at byte {@code at}, keeping its low {@link #size()} bytes. */
    void encodeLong(ByteBuffer buffer, int at, long value) {
        switch (this) {
            case BOOL -> buffer.put(at, (byte) (value != 0 ? 1 : 0));
            case INT8, UINT8 -> buffer.put(at, (byte) value);
            case INT16, UINT16 -> buffer.putShort(at, (short) value);
            case INT32, UINT32 -> buffer.putInt(at, (int) value);
            case INT64, UINT64 -> buffer.putLong(at, value);
            case FLOAT32 -> buffer.putFloat(at, value);
            case FLOAT64 -> buffer.putDouble(at, value);
            case OBJECT -> throw new IllegalStateException("object elements are pickled, not encodable");
        }
    }

    private static double unsignedToDouble(long v) {
        if (v >= 0) {
            return v;
        }
        // Halve keeping the sticky low bit so rounding stays correct, convert, double again.
        return ((double) ((v >>> 1) | (v & 1))) * 2.0;
    }
}
