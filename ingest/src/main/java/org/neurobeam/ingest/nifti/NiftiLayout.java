package org.neurobeam.ingest.nifti;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where each header field lives in the NIfTI-1 (348-byte, {@code nifti1.h}) and NIfTI-2 (540-byte,
 * {@code nifti2.h}) binary headers, as nibabel declares them in its {@code header_dtd} tables. Only the
 * fields this package reads or writes are listed; the rest stay zero when writing.
 */
enum NiftiLayout {
    V1(1, 348, 352, Map.ofEntries(
            Map.entry(Field.SIZEOF_HDR, new Slot(0, Kind.I32, 1)),
            Map.entry(Field.DIM_INFO, new Slot(39, Kind.I8, 1)),
            Map.entry(Field.DIM, new Slot(40, Kind.I16, 8)),
            Map.entry(Field.INTENT_P, new Slot(56, Kind.F32, 3)),
            Map.entry(Field.INTENT_CODE, new Slot(68, Kind.I16, 1)),
            Map.entry(Field.DATATYPE, new Slot(70, Kind.I16, 1)),
            Map.entry(Field.BITPIX, new Slot(72, Kind.I16, 1)),
            Map.entry(Field.PIXDIM, new Slot(76, Kind.F32, 8)),
            Map.entry(Field.VOX_OFFSET, new Slot(108, Kind.F32, 1)),
            Map.entry(Field.SCL_SLOPE, new Slot(112, Kind.F32, 1)),
            Map.entry(Field.SCL_INTER, new Slot(116, Kind.F32, 1)),
            Map.entry(Field.XYZT_UNITS, new Slot(123, Kind.I8, 1)),
            Map.entry(Field.DESCRIP, new Slot(148, Kind.TEXT, 80)),
            Map.entry(Field.QFORM_CODE, new Slot(252, Kind.I16, 1)),
            Map.entry(Field.SFORM_CODE, new Slot(254, Kind.I16, 1)),
            Map.entry(Field.QUATERN, new Slot(256, Kind.F32, 3)),
            Map.entry(Field.QOFFSET, new Slot(268, Kind.F32, 3)),
            Map.entry(Field.SROW_X, new Slot(280, Kind.F32, 4)),
            Map.entry(Field.SROW_Y, new Slot(296, Kind.F32, 4)),
            Map.entry(Field.SROW_Z, new Slot(312, Kind.F32, 4)),
            Map.entry(Field.INTENT_NAME, new Slot(328, Kind.TEXT, 16)),
            Map.entry(Field.MAGIC, new Slot(344, Kind.TEXT, 4)))),
    V2(2, 540, 544, Map.ofEntries(
            Map.entry(Field.SIZEOF_HDR, new Slot(0, Kind.I32, 1)),
            Map.entry(Field.MAGIC, new Slot(4, Kind.TEXT, 8)),
            Map.entry(Field.DATATYPE, new Slot(12, Kind.I16, 1)),
            Map.entry(Field.BITPIX, new Slot(14, Kind.I16, 1)),
            Map.entry(Field.DIM, new Slot(16, Kind.I64, 8)),
            Map.entry(Field.INTENT_P, new Slot(80, Kind.F64, 3)),
            Map.entry(Field.PIXDIM, new Slot(104, Kind.F64, 8)),
            Map.entry(Field.VOX_OFFSET, new Slot(168, Kind.I64, 1)),
            Map.entry(Field.SCL_SLOPE, new Slot(176, Kind.F64, 1)),
            Map.entry(Field.SCL_INTER, new Slot(184, Kind.F64, 1)),
            Map.entry(Field.DESCRIP, new Slot(240, Kind.TEXT, 80)),
            Map.entry(Field.QFORM_CODE, new Slot(344, Kind.I32, 1)),
            Map.entry(Field.SFORM_CODE, new Slot(348, Kind.I32, 1)),
            Map.entry(Field.QUATERN, new Slot(352, Kind.F64, 3)),
            Map.entry(Field.QOFFSET, new Slot(376, Kind.F64, 3)),
            Map.entry(Field.SROW_X, new Slot(400, Kind.F64, 4)),
            Map.entry(Field.SROW_Y, new Slot(432, Kind.F64, 4)),
            Map.entry(Field.SROW_Z, new Slot(464, Kind.F64, 4)),
            Map.entry(Field.XYZT_UNITS, new Slot(500, Kind.I32, 1)),
            Map.entry(Field.INTENT_CODE, new Slot(504, Kind.I32, 1)),
            Map.entry(Field.INTENT_NAME, new Slot(508, Kind.TEXT, 16)),
            Map.entry(Field.DIM_INFO, new Slot(524, Kind.I8, 1))));

    /** Header fields by their {@code nifti1.h} names. */
    enum Field {
        SIZEOF_HDR, MAGIC, DIM_INFO, DIM, INTENT_P, INTENT_CODE, DATATYPE, BITPIX, PIXDIM, VOX_OFFSET,
        SCL_SLOPE, SCL_INTER, XYZT_UNITS, DESCRIP, QFORM_CODE, SFORM_CODE, QUATERN, QOFFSET,
        SROW_X, SROW_Y, SROW_Z, INTENT_NAME
    }

    /** Storage type of a field element. */
    enum Kind {
        I8(1), I16(2), I32(4), I64(8), F32(4), F64(8), TEXT(1);

        final int bytes;

        Kind(int bytes) {
            this.bytes = bytes;
        }
    }

    /** A field's byte offset, element type and element count. */
    record Slot(int offset, Kind kind, int count) {
    }

    private final int version;
    private final int headerSize;
    private final int singleFileDataOffset;
    private final Map<Field, Slot> slots;

    NiftiLayout(int version, int headerSize, int singleFileDataOffset, Map<Field, Slot> slots) {
        this.version = version;
        this.headerSize = headerSize;
        this.singleFileDataOffset = singleFileDataOffset;
        this.slots = new EnumMap<>(slots);
    }

    int version() {
        return version;
    }

    /** {@code sizeof_hdr}: 348 or 540. */
    int headerSize() {
        return headerSize;
    }

    /** Header plus the 4-byte extension flag: where a single-file writer puts data without extensions. */
    int minimalDataOffset() {
        return singleFileDataOffset;
    }

    /** Magic of a single .nii file ({@code n+1}, or {@code n+2} followed by the {@code \r\n\032\n} signature). */
    String singleFileMagic() {
        return version == 1 ? "n+1\0" : "n+2\0\r\n\032\n";
    }

    /** Magic of a .hdr/.img pair ({@code ni1} / {@code ni2}). */
    String pairMagic() {
        return version == 1 ? "ni1\0" : "ni2\0\r\n\032\n";
    }

    Slot slot(Field field) {
        return slots.get(field);
    }

    /** Element {@code i} of an integer or real field, as a double. */
    double real(ByteBuffer header, Field field, int i) {
        Slot s = slot(field);
        int at = s.offset() + i * s.kind().bytes;
        return switch (s.kind()) {
            case I8, I16, I32, I64 -> integer(header, field, i);
            case F32 -> header.getFloat(at);
            case F64 -> header.getDouble(at);
            case TEXT -> throw new IllegalArgumentException(field + " is text");
        };
    }

    /** Element {@code i} of an integer field. */
    long integer(ByteBuffer header, Field field, int i) {
        Slot s = slot(field);
        int at = s.offset() + i * s.kind().bytes;
        return switch (s.kind()) {
            case I8 -> header.get(at) & 0xFF;
            case I16 -> header.getShort(at);
            case I32 -> header.getInt(at);
            case I64 -> header.getLong(at);
            default -> throw new IllegalArgumentException(field + " is not an integer field");
        };
    }

    /** A text field up to its first NUL, bytes read as ISO-8859-1 (nibabel keeps them as bytes). */
    String text(ByteBuffer header, Field field) {
        Slot s = slot(field);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.count(); i++) {
            byte b = header.get(s.offset() + i);
            if (b == 0) {
                break;
            }
            out.append((char) (b & 0xFF));
        }
        return out.toString();
    }

    /** The raw bytes of a text field, NULs included (magic comparison). */
    String rawText(ByteBuffer header, Field field) {
        Slot s = slot(field);
        byte[] bytes = new byte[s.count()];
        header.get(s.offset(), bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Stores element {@code i} of a numeric field, narrowing to the field's type. */
    void put(ByteBuffer header, Field field, int i, double value) {
        Slot s = slot(field);
        int at = s.offset() + i * s.kind().bytes;
        switch (s.kind()) {
            case I8 -> header.put(at, (byte) value);
            case I16 -> header.putShort(at, (short) value);
            case I32 -> header.putInt(at, (int) value);
            case I64 -> header.putLong(at, (long) value);
            case F32 -> header.putFloat(at, (float) value);
            case F64 -> header.putDouble(at, value);
            case TEXT -> throw new IllegalArgumentException(field + " is text");
        }
    }

    /** Stores a text field, truncated to its width, NUL padded. */
    void putText(ByteBuffer header, Field field, String value) {
        Slot s = slot(field);
        byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < s.count(); i++) {
            header.put(s.offset() + i, i < bytes.length ? bytes[i] : 0);
        }
    }

    /** The layout whose {@code sizeof_hdr} is {@code size}, or {@code null}. */
    static NiftiLayout ofHeaderSize(int size) {
        for (NiftiLayout l : values()) {
            if (l.headerSize == size) {
                return l;
            }
        }
        return null;
    }
}
