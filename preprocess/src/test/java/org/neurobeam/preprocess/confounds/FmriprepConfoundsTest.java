package org.neurobeam.preprocess.confounds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;

/**
 * Strategy selection from a confounds TSV in fMRIPrep's layout (tab-separated, header, {@code n/a} in
 * the first row of derivatives, FD and DVARS), written by the test itself.
 */
class FmriprepConfoundsTest {

    private static final int N = 30;
    private static final List<String> BASES = List.of("trans_x", "trans_y", "trans_z", "rot_x", "rot_y", "rot_z",
            "csf", "white_matter", "global_signal");
    private static final int[] FD_SPIKES = {12, 13};

    @TempDir
    Path dir;

    /** Value of a base regressor at volume t. */
    private static double base(int b, int t) {
        return Math.sin(0.3 * (b + 1) * t) + 0.1 * b;
    }

    private Path writeFixture(boolean withCompCor) throws IOException {
        List<String> header = new ArrayList<>();
        for (String b : BASES) {
            header.addAll(List.of(b, b + "_derivative1", b + "_power2", b + "_derivative1_power2"));
        }
        header.addAll(List.of("framewise_displacement", "std_dvars", "cosine00", "cosine01"));
        if (withCompCor) {
            header.addAll(List.of("a_comp_cor_00", "a_comp_cor_01", "a_comp_cor_02", "t_comp_cor_00"));
        }
        header.add("non_steady_state_outlier00");
        StringBuilder tsv = new StringBuilder(String.join("\t", header)).append('\n');
        for (int t = 0; t < N; t++) {
            List<String> row = new ArrayList<>();
            for (int b = 0; b < BASES.size(); b++) {
                double v = base(b, t);
                String d = t == 0 ? "n/a" : fmt(v - base(b, t - 1));
                String d2 = t == 0 ? "n/a" : fmt(Math.pow(v - base(b, t - 1), 2));
                row.addAll(List.of(fmt(v), d, fmt(v * v), d2));
            }
            boolean spike = t == FD_SPIKES[0] || t == FD_SPIKES[1];
            row.add(t == 0 ? "n/a" : spike ? "0.8" : "0.1");
            row.add(t == 0 ? "n/a" : "1.0");
            row.add(fmt(Math.cos(Math.PI * (t + 0.5) / N)));
            row.add(fmt(Math.cos(2 * Math.PI * (t + 0.5) / N)));
            if (withCompCor) {
                for (int k = 0; k < 4; k++) {
                    row.add(fmt(Math.cos((k + 3) * t * 0.21)));
                }
            }
            row.add(t == 0 ? "1" : "0");
            tsv.append(String.join("\t", row)).append('\n');
        }
        Path file = dir.resolve("sub-01_task-rest_desc-confounds_timeseries.tsv");
        Files.writeString(file, tsv.toString());
        return file;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.17g", v);
    }

    @Test
    void defaultStrategyIsFullMotionHighPassAndWmCsf() throws IOException {
        LoadedConfounds loaded = FmriprepConfounds.load(writeFixture(false), ConfoundStrategy.DEFAULTS);
        assertEquals(24 + 2 + 2, loaded.names().size());
        assertTrue(loaded.names().containsAll(List.of("rot_z_derivative1_power2", "cosine01", "csf", "white_matter")));
        assertTrue(!loaded.names().contains("csf_power2") && !loaded.names().contains("global_signal"));
        boolean[] keep = loaded.sampleMask();
        assertEquals(false, keep[0], "non-steady-state volume censored");
        assertEquals(N - 1, count(keep));
    }

    @Test
    void firstRowGapsTakeTheSecondRowThenColumnsAreDemeanedOverKeptVolumes() throws IOException {
        ConfoundStrategy motion = ConfoundStrategy.DEFAULTS.withComponents(EnumSet.of(ConfoundComponent.MOTION))
                .withMotion(Expansion.DERIVATIVES);
        LoadedConfounds loaded = FmriprepConfounds.load(writeFixture(false), motion);
        assertEquals(List.of("trans_x", "trans_x_derivative1"), loaded.names().subList(0, 2));
        double[][] v = loaded.values();
        int k = loaded.names().indexOf("trans_x_derivative1");
        double[] raw = new double[N];
        for (int t = 1; t < N; t++) {
            raw[t] = base(0, t) - base(0, t - 1);
        }
        raw[0] = raw[1];
        double mean = 0;
        for (int t = 1; t < N; t++) {
            mean += raw[t];
        }
        mean /= N - 1;
        for (int t = 0; t < N; t++) {
            assertEquals(raw[t] - mean, v[t][k], 1e-12);
        }
    }

    @Test
    void scrubCensorsOutliersAndShortSegments() throws IOException {
        ConfoundStrategy scrub = ConfoundStrategy.DEFAULTS.withComponents(
                EnumSet.of(ConfoundComponent.SCRUB, ConfoundComponent.GLOBAL_SIGNAL));
        LoadedConfounds loaded = FmriprepConfounds.load(writeFixture(false), scrub);
        assertEquals(List.of("global_signal"), loaded.names());
        boolean[] expected = new boolean[N];
        java.util.Arrays.fill(expected, true);
        expected[0] = false;
        expected[12] = false;
        expected[13] = false;
        assertArrayEquals(expected, loaded.sampleMask());
    }

    @Test
    void compCorSelectsTheFirstComponentsOfTheRequestedKind() throws IOException {
        Path file = writeFixture(true);
        ConfoundStrategy anat = ConfoundStrategy.DEFAULTS.withComponents(EnumSet.of(ConfoundComponent.COMPCOR))
                .withCompCor(CompCor.ANATOMICAL, 2);
        assertEquals(List.of("a_comp_cor_00", "a_comp_cor_01"), FmriprepConfounds.load(file, anat).names());
        assertEquals(List.of("t_comp_cor_00"), FmriprepConfounds.load(file,
                anat.withCompCor(CompCor.TEMPORAL, null)).names());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FmriprepConfounds.load(file, anat.withCompCor(CompCor.ANATOMICAL, 5)));
        assertEquals("a_comp_cor_*", e.field());
    }

    @Test
    void missingColumnsAreNamedWithTheFile() throws IOException {
        Path file = writeFixture(false);
        ConfoundStrategy compcor = ConfoundStrategy.DEFAULTS.withComponents(EnumSet.of(ConfoundComponent.COMPCOR));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FmriprepConfounds.load(file, compcor));
        assertEquals(file.toString(), e.file());
        assertTrue(e.getMessage().contains("a_comp_cor_"), e.getMessage());

        Path noFd = dir.resolve("no_fd_desc-confounds_timeseries.tsv");
        Files.writeString(noFd, "trans_x\tstd_dvars\n0.1\tn/a\n0.2\t1.0\n");
        ConfoundStrategy scrub = ConfoundStrategy.DEFAULTS.withComponents(EnumSet.of(ConfoundComponent.SCRUB));
        e = assertThrows(InvalidInputException.class, () -> FmriprepConfounds.load(noFd, scrub));
        assertEquals("framewise_displacement", e.field());
        assertTrue(e.getMessage().startsWith(noFd.toString()), e.getMessage());
    }

    @Test
    void raggedRowsAndTextAreRejected() throws IOException {
        Path ragged = dir.resolve("ragged.tsv");
        Files.writeString(ragged, "a\tb\n1\t2\n3\n");
        assertEquals("line 3", assertThrows(InvalidInputException.class, () -> ConfoundsTable.read(ragged)).field());
        Path text = dir.resolve("text.tsv");
        Files.writeString(text, "a\tb\n1\tabc\n");
        assertEquals("b", assertThrows(InvalidInputException.class, () -> ConfoundsTable.read(text)).field());
    }

    private static int count(boolean[] values) {
        int n = 0;
        for (boolean v : values) {
            n += v ? 1 : 0;
        }
        return n;
    }
}
