package org.neurobeam.ingest.nwb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.Modality;

/**
 * {@code ephys_constructed.nwb}: units, electrodes, trials, behaviour series and a chunked ophys series,
 * against the closed-form values of {@code make_nwb_fixtures.py}.
 */
class NwbFixtureTest {

    private static NwbFile nwb;

    @BeforeAll
    static void open() throws IOException {
        nwb = NwbFile.open(Fixtures.file("ephys_constructed.nwb"));
    }

    @AfterAll
    static void close() {
        nwb.close();
    }

    @Test
    void unitsSpikeTimesIntervalsAndElectrodes() throws IOException {
        NwbUnits units = nwb.units();
        assertEquals(Modality.SPIKES, units.modality());
        assertEquals(4, units.size());
        assertArrayEquals(new long[] {0, 1, 2, 3}, units.ids());
        long[][] electrodes = {{0, 1}, {1, 2}, {2, 3}, {3, 4, 5}};
        for (int u = 0; u < 4; u++) {
            double[] times = units.spikeTimes(u);
            assertEquals(5 + 3 * u, times.length);
            for (int k = 0; k < times.length; k++) {
                assertEquals(0.5 + u + 0.25 * k, times[k], 0.0);
            }
            double[][] intervals = units.obsIntervals(u).orElseThrow();
            assertEquals(u % 2 == 1 ? 2 : 1, intervals.length);
            assertArrayEquals(new double[] {0, 10}, intervals[0], 0.0);
            if (u % 2 == 1) {
                assertArrayEquals(new double[] {12, 20}, intervals[1], 0.0);
            }
            assertArrayEquals(electrodes[u], units.electrodes(u).orElseThrow());
        }
        assertEquals("/general/extracellular_ephys/electrodes", units.electrodesTable().orElseThrow());
        DynamicTable table = nwb.table(units.electrodesTable().orElseThrow());
        assertEquals(6, table.rows());
        assertArrayEquals(new String[] {"CA1", "CA1", "CA1", "CA1", "CA1", "CA1"}, table.strings("location"));
    }

    @Test
    void trials() throws IOException {
        DynamicTable trials = nwb.trials();
        assertEquals("TimeIntervals", trials.neurodataType());
        assertEquals(List.of("start_time", "stop_time", "correct", "condition"), trials.columns());
        assertArrayEquals(new double[] {0, 2, 4, 6, 8}, trials.doubles("start_time"), 0.0);
        assertArrayEquals(new double[] {1.5, 3.5, 5.5, 7.5, 9.5}, trials.doubles("stop_time"), 0.0);
        assertArrayEquals(new double[] {1, 0, 1, 0, 1}, trials.doubles("correct"), 0.0);
        assertArrayEquals(new String[] {"A", "B", "A", "B", "A"}, trials.strings("condition"));
        assertFalse(trials.isRagged("start_time"));
    }

    @Test
    void regularBehaviourSeriesInUnits() throws IOException {
        NwbTimeSeries speed = nwb.timeSeries("/acquisition/running_speed");
        assertEquals("TimeSeries", speed.neurodataType());
        assertEquals(200, speed.length());
        assertEquals(1, speed.columns());
        assertEquals("m/s", speed.unit());
        assertTrue(speed.timing().isRegular());
        assertEquals(50.0, speed.timing().rate(), 0.0);
        assertArrayEquals(new double[] {1.25 + 10 / 50.0, 1.25 + 11 / 50.0}, speed.timing().times(10, 2), 0.0);
        double[][] stored = speed.read(190, 10);
        double[][] inUnits = speed.readInUnits(190, 10);
        for (int i = 0; i < 10; i++) {
            assertEquals(0.01 * (190 + i), stored[i][0], 0.0);
            assertEquals(stored[i][0] * 0.5 + 0.1, inUnits[i][0], 0.0);
        }
    }

    /** Chunks never written read as the fill value, as h5py returns them. */
    @Test
    void unwrittenChunksReadAsFillValue() throws IOException {
        double[][] lick = nwb.timeSeries("/acquisition/lick_rate").read(10, 30);
        for (int i = 0; i < 30; i++) {
            assertEquals(10 + i < 16 ? 10 + i : -1.0, lick[i][0], 0.0);
        }
    }

    @Test
    void chunkedSeriesWithTimestamps() throws IOException {
        NwbTimeSeries position = nwb.timeSeries("/processing/behavior/Position/position");
        assertEquals("SpatialSeries", position.neurodataType());
        assertFalse(position.timing().isRegular());
        double[] times = position.timing().times(0, 40);
        double[][] data = position.read(10, 20); // crosses the 16-sample chunk boundaries
        for (int i = 0; i < 40; i++) {
            assertEquals(0.1 * i, times[i], 0.0);
        }
        for (int i = 0; i < 20; i++) {
            assertArrayEquals(new double[] {10 + i, -(10 + i)}, data[i], 0.0);
        }
    }

    /** A 1200-frame RoiResponseSeries stored in 128-frame chunks, read 100 frames at a time. */
    @Test
    void longOphysSeriesInTimeChunks() throws IOException {
        assertEquals(List.of("/processing/ophys/DfOverF/plane0"), nwb.ophysSeriesPaths());
        RoiResponseSeries dff = nwb.roiResponseSeries("/processing/ophys/DfOverF/plane0");
        NwbTimeSeries series = dff.series();
        assertEquals(1200, series.length());
        assertEquals("float32", series.dtype());
        for (int start = 0; start < 1200; start += 100) {
            double[][] chunk = series.read(start, 100);
            for (int t = 0; t < 100; t++) {
                for (int r = 0; r < 3; r++) {
                    assertEquals((float) (r + (start + t) / 1000.0), chunk[t][r], 0.0);
                }
            }
        }
        double[][] columns = series.readColumnsInUnits(1, 2); // all 1200 frames: 10 chunks, 1 slice
        for (int r = 0; r < 2; r++) {
            for (int t = 0; t < 1200; t++) {
                assertEquals((float) (r + 1 + t / 1000.0), columns[r][t], 0.0);
            }
        }
        PlaneSegmentation rois = nwb.planeSegmentation(dff.roiTable());
        assertEquals(3, rois.size());
        PixelMask first = rois.pixelMask(0);
        assertArrayEquals(new long[] {1, 3}, first.x());
        assertArrayEquals(new long[] {2, 4}, first.y());
        assertArrayEquals(new double[] {0.5, 0.5}, first.weight(), 0.0);
        assertArrayEquals(new double[] {0.25}, rois.pixelMask(2).weight(), 0.0);
    }
}
