package org.neurobeam.ingest.npy;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The numpy-written fixtures of {@code src/test/resources/npy} (made by {@code make_npy_fixtures.py}). */
final class Fixtures {

    private Fixtures() {
    }

    static Path file(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/npy/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The generator's values: element i (flat C order) = i * 7 - 20, cast to the type as numpy
     * {@code astype} does (integers wrap to the type's width; bool is {@code x % 3 == 0}).
     */
    static long[] values(int count, NpyType type) {
        long[] v = new long[count];
        int bits = 8 * type.size();
        for (int i = 0; i < count; i++) {
            long x = i * 7L - 20;
            v[i] = switch (type) {
                case BOOL -> Math.floorMod(x, 3) == 0 ? 1 : 0;
                case UINT8, UINT16, UINT32 -> x & ((1L << bits) - 1);
                case INT8, INT16, INT32 -> (x << (64 - bits)) >> (64 - bits);
                default -> x;
            };
        }
        return v;
    }
}
