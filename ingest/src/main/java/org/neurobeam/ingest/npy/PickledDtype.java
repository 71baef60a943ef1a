package org.neurobeam.ingest.npy;

import java.nio.file.Path;
import org.neurobeam.ingest.InvalidInputException;

/**
 * A {@code numpy.dtype} as pickled: {@code dtype(code, align, copy)} (e.g. {@code ('f4', False, True)}),
 * then {@code __setstate__} with numpy's dtype state tuple {@code (version, byteorder, subarray, names,
 * fields, elsize, alignment, flags[, metadata])} (numpy {@code arraydescr_reduce}). Only simple dtypes
 * are kept; structured ones (names set) are reported when resolved. Public for razorvine's reflective
 * {@code BUILD}.
 */
public final class PickledDtype {

    private final String code;
    private String byteOrder = "|";
    private boolean structured;

    PickledDtype(String code) {
        this.code = code;
    }

    /** Receives the dtype state (pickle {@code BUILD}); called by the unpickler. */
    public void __setstate__(Object[] state) {
        if (state.length >= 2 && state[1] instanceof String order) {
            byteOrder = order;
        }
        structured = state.length >= 4 && state[3] != null;
    }

    /** The dtype, or an error naming {@code file} for structured and unsupported types. */
    NpyDtype resolve(Path file) throws InvalidInputException {
        if (structured) {
            throw new InvalidInputException(file, "data", "pickled structured dtype '" + code
                    + "' is not supported");
        }
        return NpyDtype.parse(byteOrder + code, file);
    }
}
