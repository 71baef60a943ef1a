package org.neurobeam.encoders.demovae;

import java.util.Random;

/**
 * Synthetic functional connectomes with planted demographic effects (models.md §5.7, §7.1): for a subject of age
 * a (8–23 y, z-scored as s = (a − 15.5) / 4.33) and sex, edge vector x = base + s·P_age + [male]·P_sex +
 * Σ_k u_k·C_k + noise, with P_age shifting 30 chosen edges by ±0.15, P_sex 30 other edges by ±0.2, four latent
 * factors u ~ N(0, 1) independent of the demographics with random patterns C_k (sd 0.08) and noise sd 0.05.
 */
final class ConfoundedCohort {

    static final int REGIONS = 20;
    static final int EDGES = REGIONS * (REGIONS - 1) / 2;
    static final int FACTORS = 4;

    final double[] base = new double[EDGES];
    final double[] agePattern = new double[EDGES];
    final double[] sexPattern = new double[EDGES];
    final double[][] factors = new double[FACTORS][EDGES];

    /** Subjects: edge vectors, ages in years, sexes "F"/"M", latent factors. */
    record Subjects(double[][] vectors, double[] age, String[] sex, double[][] factors) {

        Demographics demographics() {
            return Demographics.of(DemographicColumn.continuous("age", age), DemographicColumn.categorical("sex", sex));
        }
    }

    ConfoundedCohort(long seed) {
        Random random = new Random(seed);
        int[] edges = new Random(seed + 1).ints(0, EDGES).distinct().limit(60).toArray();
        for (int e = 0; e < EDGES; e++) {
            base[e] = 0.3 * random.nextGaussian();
            for (double[] factor : factors) {
                factor[e] = 0.08 * random.nextGaussian();
            }
        }
        for (int k = 0; k < 30; k++) {
            agePattern[edges[k]] = random.nextBoolean() ? 0.15 : -0.15;
            sexPattern[edges[30 + k]] = random.nextBoolean() ? 0.2 : -0.2;
        }
    }

    static double standardAge(double years) {
        return (years - 15.5) / 4.33;
    }

    Subjects draw(int n, long seed) {
        Random random = new Random(seed);
        double[][] vectors = new double[n][EDGES];
        double[] age = new double[n];
        String[] sex = new String[n];
        double[][] u = new double[n][FACTORS];
        for (int i = 0; i < n; i++) {
            age[i] = 8 + 15 * random.nextDouble();
            sex[i] = random.nextBoolean() ? "M" : "F";
            for (int k = 0; k < FACTORS; k++) {
                u[i][k] = random.nextGaussian();
            }
            double s = standardAge(age[i]);
            double male = sex[i].equals("M") ? 1 : 0;
            for (int e = 0; e < EDGES; e++) {
                double x = base[e] + s * agePattern[e] + male * sexPattern[e] + 0.05 * random.nextGaussian();
                for (int k = 0; k < FACTORS; k++) {
                    x += u[i][k] * factors[k][e];
                }
                vectors[i][e] = x;
            }
        }
        return new Subjects(vectors, age, sex, u);
    }
}
