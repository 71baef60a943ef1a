package org.neurobeam.ingest.brainvision;

import java.io.IOException;
import java.nio.file.Path;

/** BrainVision triples other test packages need. */
public final class BrainVisionTestFiles {

    private BrainVisionTestFiles() {
    }

    /** 3 channels x 9000 samples (more than two 4096-row read blocks), INT_16 multiplexed or FLOAT_32 vectorized. */
    public static Path longRecording(Path dir, boolean vectorized) throws IOException {
        double[][] stored = new double[3][9000];
        for (int c = 0; c < 3; c++) {
            for (int s = 0; s < 9000; s++) {
                stored[c][s] = ((s * 31 + c * 7) % 2001) - 1000;
            }
        }
        BrainVisionFixture fixture = new BrainVisionFixture().channel("Fp1,,0.1").channel("Cz,,0.5,mV")
                .channel("Resp,,1,a.u.").data(stored);
        return (vectorized ? fixture.vectorized().format(BinaryFormat.IEEE_FLOAT_32) : fixture).write(dir,
                vectorized ? "vectorized" : "multiplexed");
    }
}
