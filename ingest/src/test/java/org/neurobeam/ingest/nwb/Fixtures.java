package org.neurobeam.ingest.nwb;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The h5py-written fixtures of {@code src/test/resources/nwb} (made by {@code make_nwb_fixtures.py}). */
final class Fixtures {

    private Fixtures() {
    }

    static Path file(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/nwb/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
