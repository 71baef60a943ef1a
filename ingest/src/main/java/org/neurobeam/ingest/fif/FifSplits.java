package org.neurobeam.ingest.fif;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Split raw files ({@code name_raw.fif}, {@code name_raw-1.fif}, ...): a part names the next one in a
 * {@code FIFFB_REF} block with {@code FIFF_REF_ROLE} = next file (2) and {@code FIFF_REF_FILE_NAME},
 * a file name in the same folder (MNE {@code _get_next_fname}; parts naming only a number are not
 * followed).
 */
final class FifSplits {

    private static final int REF = 118;
    private static final int REF_ROLE = 115;
    private static final int REF_FILE_NAME = 118;
    private static final int ROLE_NEXT_FILE = 2;

    private FifSplits() {
    }

    /** The next part named by {@code fif}, or {@code null}. */
    static Path next(FifFile fif) throws IOException {
        for (FifBlock ref : fif.root().find(REF)) {
            FifTag role = ref.tag(REF_ROLE);
            FifTag name = ref.tag(REF_FILE_NAME);
            if (role != null && name != null && fif.ints(role)[0] == ROLE_NEXT_FILE) {
                return fif.path().resolveSibling(fif.string(name));
            }
        }
        return null;
    }
}
