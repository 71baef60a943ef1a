package org.neurobeam.pipelines.fmri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.connectome.glm.TContrast;
import org.neurobeam.connectome.glm.voxel.ContrastMap;
import org.neurobeam.connectome.glm.voxel.StatMapWriter;
import org.neurobeam.connectome.glm.voxel.VoxelGlm;
import org.neurobeam.connectome.glm.voxel.VoxelGlmConfig;
import org.neurobeam.connectome.glm.voxel.VoxelGlmResult;

/**
 * Voxelwise GLM maps of a run, written to {@code OUTPUT/maps/} with BIDS-derivatives names
 * ({@code <run>_contrast-<label>_stat-<effect|t|z>_statmap.nii.gz}, as nilearn's {@code save_glm_to_bids}). The
 * BOLD file is read once; every voxel with a finite, non-constant series is fitted. Each map is written under a
 * temporary name and renamed, so a map is never seen half written.
 */
final class StatMaps {

    private static final Map<ContrastMap, String> STATS = new EnumMap<>(Map.of(
            ContrastMap.EFFECT, "effect", ContrastMap.T, "t", ContrastMap.Z, "z"));

    private StatMaps() {
    }

    /** Writes the maps of every contrast; returns the files written. */
    static List<Path> write(RecordingRef ref, RunDesign run, Path mapsDir) throws IOException {
        VoxelGlmResult result = VoxelGlm.fit(Path.of(ref.path()), run.design(), null, VoxelGlmConfig.DEFAULT);
        Files.createDirectories(mapsDir);
        String prefix = ref.recordingId().replaceFirst("_bold$", "");
        List<Path> written = new ArrayList<>();
        for (String contrast : run.contrasts()) {
            TContrast t = result.contrast(contrast);
            Map<ContrastMap, Path> temporary = new EnumMap<>(ContrastMap.class);
            Map<ContrastMap, Path> finals = new EnumMap<>(ContrastMap.class);
            for (Map.Entry<ContrastMap, String> stat : STATS.entrySet()) {
                String name = prefix + "_contrast-" + label(contrast) + "_stat-" + stat.getValue() + "_statmap.nii.gz";
                temporary.put(stat.getKey(), mapsDir.resolve(".tmp-" + name));
                finals.put(stat.getKey(), mapsDir.resolve(name));
            }
            StatMapWriter.writeContrast(result, t, temporary);
            for (ContrastMap map : STATS.keySet()) {
                Files.move(temporary.get(map), finals.get(map), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                written.add(finals.get(map));
            }
        }
        return written;
    }

    /** A BIDS label for a contrast expression: letters and digits, {@code -} and {@code +} spelled out. */
    static String label(String contrast) {
        StringBuilder label = new StringBuilder();
        boolean upper = false;
        for (char c : contrast.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                label.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else if (c == '-' || c == '+') {
                label.append(c == '-' ? "Minus" : "Plus");
                upper = true;
            } else {
                upper = label.length() > 0;
            }
        }
        return label.toString();
    }
}
