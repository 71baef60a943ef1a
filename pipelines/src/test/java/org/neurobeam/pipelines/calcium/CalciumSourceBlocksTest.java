package org.neurobeam.pipelines.calcium;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.npy.NpyArray;
import org.neurobeam.ingest.npy.NpyReader;

/**
 * The NWB calcium source read in blocks of units: with room for 5 of the 12 ROIs per block, every trace, read in
 * an order that crosses blocks both ways, equals the numpy-written suite2p {@code F.npy} / {@code Fneu.npy} that
 * the shared NWB file stores transposed.
 */
class CalciumSourceBlocksTest {

    @Test
    void blocksOfUnitsGiveTheWholeTraces() throws IOException {
        NpyArray f = NpyReader.read(CalciumRunTest.PLANE.resolve("F.npy"));
        NpyArray fneu = NpyReader.read(CalciumRunTest.PLANE.resolve("Fneu.npy"));
        try (CalciumSource source = CalciumSource.open(CalciumRunTest.OPHYS, Double.NaN, 5 * 900)) {
            int frames = Math.toIntExact(source.frames());
            assertEquals(12, source.units());
            for (int unit : new int[] {11, 0, 4, 5, 9, 10, 3, 1, 2, 6, 7, 8}) {
                double[] fTrace = source.trace(CalciumSource.F, unit);
                double[] fneuTrace = source.trace(CalciumSource.FNEU, unit);
                assertEquals(frames, fTrace.length);
                for (int t = 0; t < frames; t++) {
                    assertEquals(f.getDouble(unit * frames + t), fTrace[t], 0.0, "F unit " + unit);
                    assertEquals(fneu.getDouble(unit * frames + t), fneuTrace[t], 0.0, "Fneu unit " + unit);
                }
            }
        }
    }
}
