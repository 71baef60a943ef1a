package org.neurobeam.pipelines.fmri;

import java.io.IOException;
import java.nio.file.Path;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.preprocess.CleanedSignals;
import org.neurobeam.preprocess.CleaningConfig;
import org.neurobeam.preprocess.SignalCleaner;
import org.neurobeam.preprocess.confounds.FmriprepConfounds;
import org.neurobeam.preprocess.confounds.LoadedConfounds;

/**
 * Cleans a run's region signals as nilearn's maskers do after extraction ({@code signal.clean} on the region
 * time series), with the run's fMRIPrep confounds when a strategy is asked for.
 */
final class RegionCleaning {

    private RegionCleaning() {
    }

    static CleanedSignals clean(double[][] signals, RecordingRef ref, double tr, FmriSettings settings)
            throws IOException {
        CleaningConfig config = CleaningConfig.builder()
                .detrend(settings.detrend())
                .standardize(settings.standardize())
                .highPassHz(settings.highPassHz())
                .lowPassHz(settings.lowPassHz())
                .repetitionTimeSeconds(tr)
                .build();
        double[][] confounds = null;
        boolean[] sampleMask = null;
        if (settings.confounds() != null) {
            LoadedConfounds loaded = confoundsOf(ref, settings.confounds(), signals.length);
            confounds = loaded.values();
            sampleMask = loaded.sampleMask();
        }
        return new SignalCleaner(config).clean(signals, confounds, sampleMask);
    }

    /** The run's fMRIPrep confounds under {@code strategy}, checked against its number of volumes. */
    static LoadedConfounds confoundsOf(RecordingRef ref, String strategy, int volumes) throws IOException {
        Path bold = Path.of(ref.path());
        if (ref.confoundsPath() == null) {
            throw new InvalidInputException(bold, "confounds", "--confounds " + strategy
                    + " asks for fMRIPrep confounds but no desc-confounds_timeseries.tsv matches this run");
        }
        Path file = Path.of(ref.confoundsPath());
        LoadedConfounds loaded = FmriprepConfounds.load(file, ConfoundStrategies.parse(strategy));
        if (loaded.values().length != volumes) {
            throw new InvalidInputException(file, "rows", String.format(
                    "the confounds file has %d rows but the BOLD run %s has %d volumes",
                    loaded.values().length, bold, volumes));
        }
        return loaded;
    }
}
