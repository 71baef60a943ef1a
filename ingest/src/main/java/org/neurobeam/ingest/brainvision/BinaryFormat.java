package org.neurobeam.ingest.brainvision;

import java.nio.ByteBuffer;

/** {@code BinaryFormat=} of {@code [Binary Infos]} (Core Data Format 1.0): little-endian sample types. */
enum BinaryFormat {
    INT_16(2),
    INT_32(4),
    IEEE_FLOAT_32(4);

    final int bytes;

    BinaryFormat(int bytes) {
        this.bytes = bytes;
    }

    /** The sample at byte {@code at} of a little-endian buffer. */
    double sample(ByteBuffer buffer, int at) {
        return switch (this) {
            case INT_16 -> buffer.getShort(at);
            case INT_32 -> buffer.getInt(at);
            case IEEE_FLOAT_32 -> buffer.getFloat(at);
        };
    }
}
