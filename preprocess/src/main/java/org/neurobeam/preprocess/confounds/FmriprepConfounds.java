package org.neurobeam.preprocess.confounds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * Selection of confound regressors from fMRIPrep's confounds file by strategy, after nilearn's
 * {@code interfaces.fmriprep.load_confounds}: the columns of each requested component; the NaN that
 * fMRIPrep writes in the first row of derivative columns replaced by the second row's value (as
 * nilearn's {@code prepare_output}); {@code non_steady_state_outlier*} and, with the scrub component,
 * FD/DVARS outliers turned into a sample mask; confounds demeaned over the kept volumes.
 */
public final class FmriprepConfounds {

    private static final List<String> MOTION = List.of("trans_x", "trans_y", "trans_z", "rot_x", "rot_y", "rot_z");

    private FmriprepConfounds() {
    }

    /** Reads {@code file} and selects confounds as {@code strategy} says. */
    public static LoadedConfounds load(Path file, ConfoundStrategy strategy) throws IOException {
        return select(ConfoundsTable.read(file), strategy);
    }

    /** Selects confounds from an already read table. */
    public static LoadedConfounds select(ConfoundsTable table, ConfoundStrategy strategy) throws InvalidInputException {
        List<String> names = new ArrayList<>();
        for (ConfoundComponent component : ConfoundComponent.values()) {
            if (strategy.components().contains(component)) {
                names.addAll(columnsOf(table, strategy, component));
            }
        }
        int n = table.length();
        boolean[] keep = new boolean[n];
        Arrays.fill(keep, true);
        if (strategy.components().contains(ConfoundComponent.SCRUB)) {
            keep = MotionOutliers.sampleMask(table.column("framewise_displacement"), table.column("std_dvars"),
                    strategy.fdThreshold(), strategy.stdDvarsThreshold(), strategy.scrub());
        }
        for (String name : table.namesStartingWith("non_steady_state_outlier")) {
            double[] spike = table.column(name);
            for (int t = 0; t < n; t++) {
                keep[t] &= spike[t] != 1;
            }
        }
        Checks.input(anyTrue(keep), table.file(), null, "every volume is censored by the scrub settings");
        double[][] values = new double[n][names.size()];
        for (int k = 0; k < names.size(); k++) {
            double[] column = table.column(names.get(k));
            if (Double.isNaN(column[0]) && n > 1) {
                column[0] = column[1];
            }
            double mean = 0;
            int count = 0;
            for (int t = 0; t < n; t++) {
                Checks.input(!Double.isNaN(column[t]), table.file(), names.get(k), "missing value (n/a) at row %d", t + 1);
                if (keep[t]) {
                    mean += column[t];
                    count++;
                }
            }
            mean = strategy.demean() ? mean / count : 0;
            for (int t = 0; t < n; t++) {
                values[t][k] = column[t] - mean;
            }
        }
        return new LoadedConfounds(names, values, keep);
    }

    private static List<String> columnsOf(ConfoundsTable table, ConfoundStrategy strategy, ConfoundComponent component)
            throws InvalidInputException {
        List<String> names = switch (component) {
            case MOTION -> expand(MOTION, strategy.motion());
            case WM_CSF -> expand(List.of("csf", "white_matter"), strategy.wmCsf());
            case GLOBAL_SIGNAL -> expand(List.of("global_signal"), strategy.globalSignal());
            case HIGH_PASS -> required(table, "cosine");
            case COMPCOR -> {
                List<String> all = required(table, strategy.compcor().prefix());
                Integer wanted = strategy.compcorComponents();
                Checks.input(wanted == null || wanted <= all.size(), table.file(), strategy.compcor().prefix() + "*",
                        "%d components requested, the file has %d", wanted, all.size());
                yield wanted == null ? all : all.subList(0, wanted);
            }
            case SCRUB -> List.of();
        };
        for (String name : names) {
            table.column(name);
        }
        return names;
    }

    private static List<String> required(ConfoundsTable table, String prefix) throws InvalidInputException {
        List<String> names = table.namesStartingWith(prefix);
        Checks.input(!names.isEmpty(), table.file(), prefix + "*", "no column starting with '%s'", prefix);
        return names;
    }

    private static List<String> expand(List<String> bases, Expansion expansion) {
        List<String> names = new ArrayList<>();
        for (String base : bases) {
            for (String suffix : expansion.suffixes()) {
                names.add(base + suffix);
            }
        }
        return names;
    }

    private static boolean anyTrue(boolean[] values) {
        for (boolean v : values) {
            if (v) {
                return true;
            }
        }
        return false;
    }
}
