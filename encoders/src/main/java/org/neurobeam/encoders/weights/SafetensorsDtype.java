package org.neurobeam.encoders.weights;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import org.neurobeam.ingest.InvalidInputException;

/** The element types of the safetensors format read here, each with its byte size and conversion to float. */
enum SafetensorsDtype {
    F64(8), F32(4), F16(2), BF16(2), I64(8), I32(4), I16(2), I8(1), U8(1), BOOL(1);

    private final int size;

    SafetensorsDtype(int size) {
        this.size = size;
    }

    int size() {
        return size;
    }

    static SafetensorsDtype parse(String text, Path file, String tensor) throws InvalidInputException {
        for (SafetensorsDtype dtype : values()) {
            if (dtype.name().equals(text)) {
                return dtype;
            }
        }
        throw new InvalidInputException(file, tensor + ".dtype",
                "unsupported dtype '" + text + "', expected one of " + Arrays.toString(values()));
    }

    /** The next element of {@code data} (little-endian) as a float. */
    float read(ByteBuffer data) {
        return switch (this) {
            case F64 -> (float) data.getDouble();
            case F32 -> data.getFloat();
            case F16 -> halfToFloat(data.getShort());
            case BF16 -> Float.intBitsToFloat((data.getShort() & 0xffff) << 16);
            case I64 -> data.getLong();
            case I32 -> data.getInt();
            case I16 -> data.getShort();
            case I8 -> data.get();
            case U8, BOOL -> data.get() & 0xff;
        };
    }

    /** IEEE 754 binary16 to binary32, subnormals, infinities and NaN included. */
    static float halfToFloat(short bits) {
        int sign = (bits & 0x8000) << 16;
        int exponent = (bits >>> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
        }
        if (exponent == 0) {
            float magnitude = mantissa * 0x1p-24f;
            return sign == 0 ? magnitude : -magnitude;
        }
        return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
    }
}
