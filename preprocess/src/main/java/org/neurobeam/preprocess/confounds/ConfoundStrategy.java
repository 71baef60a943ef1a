package org.neurobeam.preprocess.confounds;

import java.util.EnumSet;
import java.util.Set;
import org.neurobeam.ingest.Checks;

/**
 * Which fMRIPrep confounds to load, with nilearn {@code load_confounds}' defaults: components
 * motion + high_pass + wm_csf, motion "full", wm_csf and global_signal "basic", anatomical CompCor with
 * all components, scrub 5, fd_threshold 0.5 mm, std_dvars_threshold 1.5, demean true.
 *
 * @param components noise components to load
 * @param motion expansion of the 6 motion parameters
 * @param wmCsf expansion of white_matter and csf
 * @param globalSignal expansion of global_signal
 * @param compcor CompCor flavour
 * @param compcorComponents how many CompCor components, or null for all
 * @param scrub minimal segment length kept between censored volumes (0: no segment rule)
 * @param fdThreshold framewise displacement threshold in mm
 * @param stdDvarsThreshold standardised DVARS threshold
 * @param demean subtract each confound's mean over the kept volumes
 */
public record ConfoundStrategy(Set<ConfoundComponent> components, Expansion motion, Expansion wmCsf,
        Expansion globalSignal, CompCor compcor, Integer compcorComponents, int scrub, double fdThreshold,
        double stdDvarsThreshold, boolean demean) {

    /** nilearn's load_confounds defaults. */
    public static final ConfoundStrategy DEFAULTS = new ConfoundStrategy(
            EnumSet.of(ConfoundComponent.MOTION, ConfoundComponent.HIGH_PASS, ConfoundComponent.WM_CSF),
            Expansion.FULL, Expansion.BASIC, Expansion.BASIC, CompCor.ANATOMICAL, null,
            MotionOutliers.MIN_SEGMENT, MotionOutliers.FD_THRESHOLD, MotionOutliers.STD_DVARS_THRESHOLD, true);

    public ConfoundStrategy {
        Checks.argument(components != null, "strategy", "expected a set of components");
        components = Set.copyOf(components);
        Checks.argument(motion != null && wmCsf != null && globalSignal != null, "motion",
                "expected basic, power2, derivatives or full");
        Checks.argument(compcor != null, "compcor", "expected anatomical or temporal");
        Checks.argument(compcorComponents == null || compcorComponents > 0, "n_compcor",
                "expected a positive number of components or all, got %s", compcorComponents);
        Checks.argument(scrub >= 0, "scrub", "expected 0 or more volumes, got %d", scrub);
        Checks.positive(fdThreshold, "fd_threshold");
        Checks.positive(stdDvarsThreshold, "std_dvars_threshold");
    }

    /** These settings with other components. */
    public ConfoundStrategy withComponents(Set<ConfoundComponent> value) {
        return new ConfoundStrategy(value, motion, wmCsf, globalSignal, compcor, compcorComponents, scrub,
                fdThreshold, stdDvarsThreshold, demean);
    }

    /** These settings with another motion expansion. */
    public ConfoundStrategy withMotion(Expansion value) {
        return new ConfoundStrategy(components, value, wmCsf, globalSignal, compcor, compcorComponents, scrub,
                fdThreshold, stdDvarsThreshold, demean);
    }

    /** These settings with another CompCor choice. */
    public ConfoundStrategy withCompCor(CompCor value, Integer count) {
        return new ConfoundStrategy(components, motion, wmCsf, globalSignal, value, count, scrub, fdThreshold,
                stdDvarsThreshold, demean);
    }
}
