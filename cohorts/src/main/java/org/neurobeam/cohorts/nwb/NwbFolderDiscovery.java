package org.neurobeam.cohorts.nwb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.neurobeam.cohorts.DiscoveryResult;
import org.neurobeam.cohorts.Participant;
import org.neurobeam.cohorts.Problem;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.nwb.NwbFile;

/**
 * Recordings of a plain folder of NWB files (no BIDS layout): every {@code *.nwb} below the folder, sorted by
 * path, gives a calcium recording when it holds ophys RoiResponseSeries ({@link NwbFile#ophysSeriesPaths()}) and a
 * spikes recording when it holds {@code /units}; both when it holds both (ids {@code <name>_calcium},
 * {@code <name>_spikes}), else the id is the file name without {@code .nwb}. A file that is not readable NWB, or
 * holds neither, is a {@link Problem}. The dataset is the folder's name; there are no participant columns.
 */
public final class NwbFolderDiscovery {

    private NwbFolderDiscovery() {
    }

    /** The recordings of the {@code .nwb} files under {@code folder}. */
    public static DiscoveryResult discover(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".nwb"))
                    .sorted().toList();
        }
        List<RecordingRef> recordings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            List<Modality> modalities = new ArrayList<>();
            try (NwbFile nwb = NwbFile.open(file)) {
                if (!nwb.ophysSeriesPaths().isEmpty()) {
                    modalities.add(Modality.CALCIUM);
                }
                if (!nwb.pathsOfType("Units").isEmpty()) {
                    modalities.add(Modality.SPIKES);
                }
            } catch (IOException | RuntimeException e) {
                problems.add(Problem.discover(file.toString(), e.getMessage()));
                continue;
            }
            if (modalities.isEmpty()) {
                problems.add(Problem.discover(file.toString(), "NWB file holds neither ophys RoiResponseSeries"
                        + " nor /units"));
            }
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.length() - ".nwb".length());
            for (Modality modality : modalities) {
                recordings.add(RecordingRef.builder()
                        .recordingId(modalities.size() > 1 ? stem + "_" + modality.label() : stem)
                        .dataset(root.getFileName().toString())
                        .path(file.toString())
                        .modality(modality)
                        .suffix(modality.label())
                        .extension(name.substring(stem.length()))
                        .entities(Map.of())
                        .participant(Participant.empty())
                        .build());
            }
        }
        return new DiscoveryResult(recordings, problems);
    }
}
