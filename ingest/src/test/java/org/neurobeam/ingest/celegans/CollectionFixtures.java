package org.neurobeam.ingest.celegans;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The fixtures under {@code src/test/resources/celegans} and the formulas {@code make_fixtures.mjs} used. */
final class CollectionFixtures {

    static final int TIMESTEPS = 150;

    private CollectionFixtures() {
    }

    static Path file(String name) {
        try {
            return Path.of(CollectionFixtures.class.getResource("/celegans/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The DuckDB expression of {@code calcium_data}: sin(0.02·i·f) + 0.3·cos(0.11·i·f + f), stored as float. */
    static float calcium(int i, double freq) {
        return (float) (Math.sin(i * 0.02 * freq) + 0.3 * Math.cos(i * 0.11 * freq + freq));
    }
}
