package org.neurobeam.connectome.community;

import java.util.HashMap;
import java.util.Map;
import org.neurobeam.ingest.Checks;

/**
 * Agreement between two labelings of the same items: normalised mutual information with arithmetic
 * normalisation I(U;V) / ((H(U) + H(V)) / 2) and the adjusted Rand index (Hubert and Arabie 1985), as
 * scikit-learn's {@code normalized_mutual_info_score} and {@code adjusted_rand_score}. Labels are arbitrary
 * integers. When both labelings are a single cluster, NMI and ARI are 1 (scikit-learn's convention for
 * identical trivial labelings), never NaN.
 */
public final class PartitionAgreement {

    private PartitionAgreement() {
    }

    /** Normalised mutual information, arithmetic mean normalisation. */
    public static double nmi(int[] a, int[] b) {
        long[][] table = contingency(a, b);
        double n = a.length;
        double[] rows = new double[table.length];
        double[] cols = new double[table[0].length];
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[0].length; j++) {
                rows[i] += table[i][j];
                cols[j] += table[i][j];
            }
        }
        double hu = entropy(rows, n);
        double hv = entropy(cols, n);
        if (hu == 0 && hv == 0) {
            return 1.0;
        }
        double mi = 0;
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[0].length; j++) {
                if (table[i][j] > 0) {
                    mi += table[i][j] / n * Math.log(table[i][j] * n / (rows[i] * cols[j]));
                }
            }
        }
        return Math.max(0, mi) / ((hu + hv) / 2);
    }

    /** Adjusted Rand index. */
    public static double adjustedRand(int[] a, int[] b) {
        long[][] table = contingency(a, b);
        double sumCells = 0;
        double[] rows = new double[table.length];
        double[] cols = new double[table[0].length];
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[0].length; j++) {
                sumCells += pairs(table[i][j]);
                rows[i] += table[i][j];
                cols[j] += table[i][j];
            }
        }
        double sumRows = 0;
        for (double r : rows) {
            sumRows += pairs(r);
        }
        double sumCols = 0;
        for (double c : cols) {
            sumCols += pairs(c);
        }
        double expected = sumRows * sumCols / pairs(a.length);
        double max = (sumRows + sumCols) / 2;
        if (max == expected) {
            return 1.0;
        }
        return (sumCells - expected) / (max - expected);
    }

    private static double pairs(double n) {
        return n * (n - 1) / 2;
    }

    private static double entropy(double[] counts, double n) {
        double h = 0;
        for (double c : counts) {
            if (c > 0) {
                h -= c / n * Math.log(c / n);
            }
        }
        return h;
    }

    private static long[][] contingency(int[] a, int[] b) {
        Checks.argument(a != null && b != null && a.length == b.length && a.length > 0, "labels",
                "expected two non-empty labelings of equal length, got %s and %s",
                a == null ? "null" : a.length, b == null ? "null" : b.length);
        Map<Integer, Integer> ia = index(a);
        Map<Integer, Integer> ib = index(b);
        long[][] table = new long[ia.size()][ib.size()];
        for (int n = 0; n < a.length; n++) {
            table[ia.get(a[n])][ib.get(b[n])]++;
        }
        return table;
    }

    private static Map<Integer, Integer> index(int[] labels) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int label : labels) {
            index.putIfAbsent(label, index.size());
        }
        return index;
    }
}
