package org.neurobeam.preprocess.parcellation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an extraction left out or changed, so nothing is dropped silently.
 *
 * @param emptyRegions atlas regions absent from the signal matrix, with the reason
 * @param nonFiniteVoxels per region label, the voxels of the region (in the mask) excluded from all
 *     volumes because they hold NaN or infinity in at least one volume; regions without such voxels
 *     are not listed
 * @param atlasResampled whether the atlas was resampled onto the BOLD grid
 * @param maskResampled whether the mask was resampled onto the BOLD grid
 * @param volumesReread volumes read a second time to take back the earlier values of voxels that
 *     became non-finite after the first volume (0 when every such voxel is non-finite from volume 0)
 */
public record ExtractionReport(List<EmptyRegion> emptyRegions, Map<Integer, Integer> nonFiniteVoxels,
        boolean atlasResampled, boolean maskResampled, int volumesReread) {

    public ExtractionReport {
        emptyRegions = List.copyOf(emptyRegions);
        nonFiniteVoxels = Collections.unmodifiableSortedMap(new TreeMap<>(nonFiniteVoxels));
    }
}
