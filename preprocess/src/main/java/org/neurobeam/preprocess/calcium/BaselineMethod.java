package org.neurobeam.preprocess.calcium;

import java.util.Arrays;
import java.util.List;
import org.neurobeam.ingest.Checks;

/** Baseline estimators, named as suite2p's {@code ops['baseline']} where suite2p has them. */
public enum BaselineMethod {
    /** suite2p {@code 'maximin'}: Gaussian smoothing, then running minimum, then running maximum. */
    MAXIMIN("maximin"),
    /** suite2p {@code 'constant_prctile'}: one numpy percentile of the whole trace. */
    CONSTANT_PERCENTILE("constant_prctile"),
    /** Running percentile over the baseline window ({@link SlidingPercentile}); not a suite2p option. */
    SLIDING_PERCENTILE("sliding_prctile");

    private final String suite2pName;

    BaselineMethod(String suite2pName) {
        this.suite2pName = suite2pName;
    }

    /** The option's name ({@code maximin}, {@code constant_prctile}, {@code sliding_prctile}). */
    public String suite2pName() {
        return suite2pName;
    }

    /** The method for its name. */
    public static BaselineMethod fromName(String name) {
        List<String> names = Arrays.stream(values()).map(BaselineMethod::suite2pName).toList();
        return values()[names.indexOf(Checks.option(name, "baseline", names))];
    }
}
