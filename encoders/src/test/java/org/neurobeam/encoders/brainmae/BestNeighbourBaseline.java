package org.neurobeam.encoders.brainmae;

import java.util.List;

/**
 * The best-single-neighbour baseline of the reconstruction test (issue 8): for every pair of ROIs an ordinary
 * least-squares line {@code x_i ≈ a + b·x_j} fitted on the training frames; a masked ROI is predicted from the
 * visible ROI whose line explained the most variance (largest R²) on the training data.
 */
final class BestNeighbourBaseline {

    private final int regions;
    private final double[][] slope;
    private final double[][] intercept;
    private final double[][] explained;

    private BestNeighbourBaseline(int regions) {
        this.regions = regions;
        slope = new double[regions][regions];
        intercept = new double[regions][regions];
        explained = new double[regions][regions];
    }

    /** Fits all pairwise lines on the frames of {@code recordings} ({@code [time][region]} each). */
    static BestNeighbourBaseline fit(List<double[][]> recordings, int regions) {
        BestNeighbourBaseline baseline = new BestNeighbourBaseline(regions);
        double[] mean = new double[regions];
        double[][] cross = new double[regions][regions];
        long frames = 0;
        for (double[][] recording : recordings) {
            for (double[] frame : recording) {
                frames++;
                for (int i = 0; i < regions; i++) {
                    mean[i] += frame[i];
                    for (int j = 0; j < regions; j++) {
                        cross[i][j] += frame[i] * frame[j];
                    }
                }
            }
        }
        for (int i = 0; i < regions; i++) {
            mean[i] /= frames;
        }
        for (int i = 0; i < regions; i++) {
            for (int j = 0; j < regions; j++) {
                double cov = cross[i][j] / frames - mean[i] * mean[j];
                double varI = cross[i][i] / frames - mean[i] * mean[i];
                double varJ = cross[j][j] / frames - mean[j] * mean[j];
                baseline.slope[i][j] = cov / varJ;
                baseline.intercept[i][j] = mean[i] - baseline.slope[i][j] * mean[j];
                baseline.explained[i][j] = i == j ? Double.NEGATIVE_INFINITY : cov * cov / (varI * varJ);
            }
        }
        return baseline;
    }

    /** The visible ROI (flag 1 in {@code visible}) that best predicts ROI {@code target}. */
    int bestVisible(int target, float[] visible, int offset) {
        int best = -1;
        for (int j = 0; j < regions; j++) {
            if (visible[offset + j] == 1f && (best < 0 || explained[target][j] > explained[target][best])) {
                best = j;
            }
        }
        return best;
    }

    /** Prediction of ROI {@code target} from the value {@code neighbourValue} of ROI {@code neighbour}. */
    double predict(int target, int neighbour, double neighbourValue) {
        return intercept[target][neighbour] + slope[target][neighbour] * neighbourValue;
    }
}
