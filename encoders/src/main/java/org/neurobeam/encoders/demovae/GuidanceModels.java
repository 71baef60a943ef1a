package org.neurobeam.encoders.demovae;

import org.neurobeam.encoders.linear.LogisticRegression;
import org.neurobeam.encoders.linear.RidgeRegression;

/**
 * DemoVAE's guidance models (Orlichenko et al. 2024, {@code train_vae}): fitted once on the real connectome
 * vectors before training, one linear read-out per decoder demographic input: a ridge regression (α) for each
 * continuous field; for a categorical field a logistic regression (C), whose binary coefficients give the two
 * levels ±w and whose multinomial rows give one per level. Stored as a features × inputs matrix and intercepts.
 */
record GuidanceModels(int features, int inputs, float[] weights, float[] intercepts) {

    static GuidanceModels fit(double[][] vectors, float[][] demographics, DemographicSchema schema,
            DemoVaeConfig config) {
        int features = vectors[0].length;
        int inputs = schema.width();
        float[] weights = new float[features * inputs];
        float[] intercepts = new float[inputs];
        int at = 0;
        for (DemographicField field : schema.fields()) {
            if (field.kind() == DemographicKind.CONTINUOUS) {
                double[] target = new double[vectors.length];
                for (int i = 0; i < target.length; i++) {
                    target[i] = demographics[i][at];
                }
                RidgeRegression ridge = RidgeRegression.fit(vectors, target, config.ridgeAlpha());
                put(weights, intercepts, inputs, at, ridge.coefficients(), ridge.intercept(), 1);
            } else {
                int levels = field.width();
                int[] labels = new int[vectors.length];
                for (int i = 0; i < labels.length; i++) {
                    for (int k = 0; k < levels; k++) {
                        labels[i] = demographics[i][at + k] == 1 ? k : labels[i];
                    }
                }
                LogisticRegression logistic = LogisticRegression.fit(vectors, labels, levels, config.logisticC());
                if (levels == 2) {
                    put(weights, intercepts, inputs, at, logistic.coefficients()[0], logistic.intercepts()[0], -1);
                    put(weights, intercepts, inputs, at + 1, logistic.coefficients()[0], logistic.intercepts()[0], 1);
                } else {
                    for (int k = 0; k < levels; k++) {
                        put(weights, intercepts, inputs, at + k, logistic.coefficients()[k], logistic.intercepts()[k],
                                1);
                    }
                }
            }
            at += field.width();
        }
        return new GuidanceModels(features, inputs, weights, intercepts);
    }

    private static void put(float[] weights, float[] intercepts, int inputs, int column, double[] coefficients,
            double intercept, int sign) {
        for (int f = 0; f < coefficients.length; f++) {
            weights[f * inputs + column] = (float) (sign * coefficients[f]);
        }
        intercepts[column] = (float) (sign * intercept);
    }
}
