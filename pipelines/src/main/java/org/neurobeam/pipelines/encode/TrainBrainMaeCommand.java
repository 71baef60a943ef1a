package org.neurobeam.pipelines.encode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.values.Row;
import org.neurobeam.encoders.brainmae.BrainMae;
import org.neurobeam.encoders.brainmae.BrainMaeConfig;
import org.neurobeam.encoders.brainmae.BrainMaePretraining;
import org.neurobeam.encoders.brainmae.RegionSegments;
import org.neurobeam.encoders.train.TrainingOptions;
import org.neurobeam.encoders.train.TrainingRun;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.pipelines.parquet.ReadTable;
import org.neurobeam.pipelines.tables.RegionTimeseriesTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code neurobeam train brainmae}: masked-autoencoder pre-training of BrainMAE (Yang et al. 2024) on the cleaned
 * region signals of a {@code run} output, saved as a model folder for {@code embed} and {@code run --encoder}.
 * Every recording must come from one atlas; a recording shorter than one training window is left out and
 * reported.
 */
@Command(name = "brainmae", mixinStandardHelpOptions = true,
        description = "Pre-train BrainMAE on a run's region_timeseries table.")
final class TrainBrainMaeCommand extends ModelTraining {

    @Option(names = "--segment-length", paramLabel = "FRAMES", defaultValue = "16",
            description = "Frames per temporal segment (default: ${DEFAULT-VALUE}; 15 s at the paper's TR).")
    int segmentLength;

    @Option(names = "--window-segments", paramLabel = "N", defaultValue = "4",
            description = "Consecutive segments per training sample (default: ${DEFAULT-VALUE}).")
    int windowSegments;

    @Override
    String model() {
        return BrainMaeConfig.MODEL_NAME;
    }

    @Override
    void train(Path input, Path modelDir, TrainingOptions options) throws IOException {
        Map<String, double[][]> signals = signals(input);
        int regions = signals.values().iterator().next()[0].length;
        BrainMaeConfig mini = BrainMaeConfig.mini(regions);
        BrainMaeConfig config = new BrainMaeConfig(regions, segmentLength, mini.roiEmbeddingSize(), mini.modelSize(),
                mini.graphBlocks(), mini.temporalLayers(), mini.heads(), mini.hiddenSize(), mini.maskRatioMin(),
                mini.maskRatioMax(), mini.maskedWeight());
        List<RegionSegments> segments = new ArrayList<>();
        for (Map.Entry<String, double[][]> recording : signals.entrySet()) {
            double[][] x = recording.getValue();
            if (x[0].length != regions) {
                throw new InvalidInputException(input.resolve(RegionTimeseriesTable.NAME), "region",
                        recording.getKey() + " has " + x[0].length + " regions where "
                                + signals.keySet().iterator().next() + " has " + regions
                                + "; BrainMAE is trained on one atlas");
            }
            if (x.length < segmentLength * windowSegments) {
                System.out.println("      left out " + recording.getKey() + ": " + x.length
                        + " frames, fewer than one window of " + segmentLength * windowSegments);
                continue;
            }
            segments.add(RegionSegments.of(recording.getKey(), x, config));
        }
        System.out.println(String.format(Locale.ROOT, "[1/2] %d recordings of %d regions, segments of %d "
                + "frames, %d per sample", segments.size(), regions, segmentLength, windowSegments));
        try (BrainMae mae = BrainMae.untrained(config)) {
            TrainingRun run = new BrainMaePretraining(windowSegments, options, TrainDemoVaeCommand::report)
                    .fit(mae, segments);
            mae.save(modelDir, run, windowSegments);
            System.out.println("[2/2] saved " + modelDir + " (kept epoch " + run.bestEpoch() + ")");
        }
    }

    /** Each recording's signals (time × region, regions in label order). */
    private static Map<String, double[][]> signals(Path runOutput) throws IOException {
        Map<String, List<Row>> rows = new TreeMap<>();
        for (Row row : ReadTable.rows(runOutput, RegionTimeseriesTable.NAME, RegionTimeseriesTable.SCHEMA, r -> true)) {
            rows.computeIfAbsent(row.getString("recording_id"), k -> new ArrayList<>()).add(row);
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(runOutput.resolve(RegionTimeseriesTable.NAME), null,
                    "no region_timeseries rows (run `neurobeam run` with an atlas first)");
        }
        Map<String, double[][]> signals = new TreeMap<>();
        rows.forEach((id, own) -> signals.put(id, RecordingArrays.of(id, own, List.of()).signals()));
        return signals;
    }
}
