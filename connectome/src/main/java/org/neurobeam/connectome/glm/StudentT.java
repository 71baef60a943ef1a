package org.neurobeam.connectome.glm;

/**
 * Student's t distribution with ν degrees of freedom: P(T &gt; t) = I_x(ν/2, 1/2) / 2 for t ≥ 0 with
 * x = ν / (ν + t²) (Abramowitz and Stegun 26.7.1 and 26.5.27), by {@link IncompleteBeta}.
 */
public final class StudentT {

    private StudentT() {
    }

    /** P(T &gt; t), the one-sided upper p-value (scipy's {@code t.sf}); relative precision in the tail. */
    public static double sf(double t, double dof) {
        Glm.checkDof(dof, "dof");
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return t > 0 ? 0 : 1;
        }
        double t2 = t * t;
        double half = 0.5 * IncompleteBeta.regularized(dof / (dof + t2), t2 / (dof + t2), dof / 2, 0.5);
        return t >= 0 ? half : 1 - half;
    }

    /** P(T ≤ t) (scipy's {@code t.cdf}) = sf(-t). */
    public static double cdf(double t, double dof) {
        return sf(-t, dof);
    }
}
