package org.neurobeam.pipelines.fmri;

import java.io.IOException;
import java.nio.file.Path;
import org.neurobeam.ingest.nifti.NiftiHeader;
import org.neurobeam.preprocess.parcellation.BrainMask;
import org.neurobeam.preprocess.parcellation.LabelsAtlas;
import org.neurobeam.preprocess.parcellation.ProbabilisticAtlas;
import org.neurobeam.preprocess.parcellation.RegionSignalExtractor;

/**
 * Builds the region-signal extractor an atlas calls for: a 3D atlas is a labels atlas (region means, as
 * nilearn's {@code NiftiLabelsMasker}), a 4D one a probabilistic atlas (least-squares signals, as
 * {@code NiftiMapsMasker}).
 */
public final class RegionExtraction {

    private RegionExtraction() {
    }

    /** The extractor; reading the atlas and mask here also validates them before a run starts. */
    public static RegionSignalExtractor of(FmriSettings settings) throws IOException {
        Path atlas = Path.of(settings.atlas());
        Path names = settings.atlasLabels() == null ? null : Path.of(settings.atlasLabels());
        BrainMask mask = settings.mask() == null ? null : BrainMask.read(Path.of(settings.mask()));
        if (NiftiHeader.read(atlas).volumeCount() > 1) {
            return RegionSignalExtractor.maps(ProbabilisticAtlas.read(atlas, names), mask);
        }
        return RegionSignalExtractor.labels(LabelsAtlas.read(atlas, names), mask);
    }
}
