package org.neurobeam.preprocess.calcium;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.neurobeam.ingest.npy.NpyArray;
import org.neurobeam.ingest.npy.NpyReader;

/** A 2-D suite2p trace file ({@code F.npy}, {@code Fneu.npy}, {@code spks.npy}) as {@code [roi][frame]}. */
public final class Float32Npy {

    private Float32Npy() {
    }

    public static double[][] read(Path file) {
        try {
            NpyArray array = NpyReader.read(file);
            double[][] rows = new double[(int) array.shape()[0]][];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = array.row(r);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
