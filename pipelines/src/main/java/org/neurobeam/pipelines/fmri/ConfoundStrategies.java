package org.neurobeam.pipelines.fmri;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.neurobeam.preprocess.confounds.ConfoundComponent;
import org.neurobeam.preprocess.confounds.ConfoundStrategy;
import org.neurobeam.preprocess.confounds.Expansion;

/**
 * The {@code --confounds} option: a comma-separated list of nilearn {@code load_confounds} components,
 * {@code motion6|motion12|motion24} (the 6 motion parameters; with derivatives; with derivatives and
 * squares), {@code high_pass}, {@code wm_csf}, {@code global_signal}, {@code compcor}, {@code scrub}; or
 * {@code default} for nilearn's default strategy (motion24, high_pass, wm_csf).
 */
public final class ConfoundStrategies {

    private ConfoundStrategies() {
    }

    public static ConfoundStrategy parse(String text) {
        if (text.trim().equalsIgnoreCase("default")) {
            return ConfoundStrategy.DEFAULTS;
        }
        Set<ConfoundComponent> components = EnumSet.noneOf(ConfoundComponent.class);
        Expansion motion = ConfoundStrategy.DEFAULTS.motion();
        for (String part : text.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "motion6":
                    components.add(ConfoundComponent.MOTION);
                    motion = Expansion.BASIC;
                    break;
                case "motion12":
                    components.add(ConfoundComponent.MOTION);
                    motion = Expansion.DERIVATIVES;
                    break;
                case "motion24":
                    components.add(ConfoundComponent.MOTION);
                    motion = Expansion.FULL;
                    break;
                case "high_pass":
                    components.add(ConfoundComponent.HIGH_PASS);
                    break;
                case "wm_csf":
                    components.add(ConfoundComponent.WM_CSF);
                    break;
                case "global_signal":
                    components.add(ConfoundComponent.GLOBAL_SIGNAL);
                    break;
                case "compcor":
                    components.add(ConfoundComponent.COMPCOR);
                    break;
                case "scrub":
                    components.add(ConfoundComponent.SCRUB);
                    break;
                default:
                    throw new IllegalArgumentException("--confounds: unknown component '" + part.trim()
                            + "'; expected motion6, motion12, motion24, high_pass, wm_csf, global_signal, compcor,"
                            + " scrub or default");
            }
        }
        return ConfoundStrategy.DEFAULTS.withComponents(components).withMotion(motion);
    }
}
