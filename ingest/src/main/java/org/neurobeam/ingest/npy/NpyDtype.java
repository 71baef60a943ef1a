package org.neurobeam.ingest.npy;

import java.nio.ByteOrder;
import java.nio.file.Path;
import org.neurobeam.ingest.InvalidInputException;

/**
 * A simple (non-structured) numpy dtype: element type and byte order, written as a {@code descr}
 * string {@code <f4}, {@code >i8}, {@code |u1}, {@code |O}. Byte-order characters follow numpy's
 * array-interface typestr: {@code <} little, {@code >} big, {@code |} not applicable (one-byte and
 * object types), {@code =} native.
 */
public record NpyDtype(NpyType type, ByteOrder order) {

    /** Little-endian dtype of {@code type} (numpy's default on every platform it ships for). */
    public static NpyDtype of(NpyType type) {
        return new NpyDtype(type, ByteOrder.LITTLE_ENDIAN);
    }

    /** The {@code descr} string numpy writes: one-byte and object types with {@code |}. */
    public String descr() {
        if (type.size() == 1 || type == NpyType.OBJECT) {
            return "|" + type.code();
        }
        return (order == ByteOrder.BIG_ENDIAN ? ">" : "<") + type.code();
    }

    /**
     * Parses a {@code descr}; complex, string, datetime, void and structured types fail naming what the
     * file holds.
     */
    static NpyDtype parse(String descr, Path file) throws InvalidInputException {
        String code = descr;
        ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        if (!code.isEmpty() && "<>|=".indexOf(code.charAt(0)) >= 0) {
            char mark = code.charAt(0);
            order = mark == '>' ? ByteOrder.BIG_ENDIAN : mark == '=' ? ByteOrder.nativeOrder() : order;
            code = code.substring(1);
        }
        NpyType type = NpyType.ofCode(code);
        if (type == null) {
            String what = code.startsWith("c") ? "complex" : code.startsWith("U") || code.startsWith("S")
                    ? "string" : code.startsWith("M") || code.startsWith("m") ? "datetime" : "unsupported";
            throw new InvalidInputException(file, "descr", String.format(
                    "%s dtype '%s'; supported: b1, i1, u1, i2, u2, i4, u4, i8, u8, f4, f8 and O", what, descr));
        }
        return new NpyDtype(type, order);
    }
}
