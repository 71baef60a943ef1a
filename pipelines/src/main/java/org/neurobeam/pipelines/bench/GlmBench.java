package org.neurobeam.pipelines.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.neurobeam.connectome.glm.DesignConfig;
import org.neurobeam.connectome.glm.DesignMatrix;
import org.neurobeam.connectome.glm.FirstLevelDesign;
import org.neurobeam.connectome.glm.TContrast;
import org.neurobeam.connectome.glm.TaskEvent;
import org.neurobeam.connectome.glm.voxel.VoxelGlm;
import org.neurobeam.connectome.glm.voxel.VoxelGlmConfig;
import org.neurobeam.connectome.glm.voxel.VoxelGlmResult;
import org.neurobeam.ingest.nifti.NiftiWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code neurobeam bench glm}: nilearn's first-level GLM with AR(1) on every voxel of a generated image
 * ({@link VoxelGlm}, one streaming pass), a block design (20 s task, 20 s rest) with the default Glover HRF
 * and cosine drift, and the {@code task} t contrast. Voxels hold 1000 + a task effect (in a tenth of them)
 * + AR(1) noise.
 */
@Command(name = "glm", mixinStandardHelpOptions = true,
        description = "Time the voxelwise AR(1) GLM on a generated block-design image (generated once into --dir).")
final class GlmBench implements Callable<Integer> {

    private static final double TR_S = 2.0;
    private static final double BLOCK_S = 20.0;
    private static final double RHO = 0.3;

    @Option(names = "--shape", defaultValue = "50,50,40", split = ",", paramLabel = "X,Y,Z",
            description = "Voxels per volume (default: ${DEFAULT-VALUE}, 100,000 voxels).")
    int[] shape;

    @Option(names = "--scans", defaultValue = "300", description = "Volumes (default: ${DEFAULT-VALUE}).")
    int scans;

    @Option(names = "--dir", required = true, paramLabel = "DIR",
            description = "Where the image is generated, or reused when present.")
    Path dir;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        List<TaskEvent> events = new ArrayList<>();
        for (double onset = BLOCK_S; onset + BLOCK_S <= scans * TR_S; onset += 2 * BLOCK_S) {
            events.add(TaskEvent.of(onset, BLOCK_S, "task"));
        }
        DesignMatrix design = FirstLevelDesign.make(FirstLevelDesign.frameTimes(scans, TR_S, 0), events, null,
                DesignConfig.DEFAULT);
        Path bold = dir.resolve(String.format("glm_%dx%dx%dx%d_seed%d.nii", shape[0], shape[1], shape[2], scans,
                seed));
        long start = System.nanoTime();
        if (!Files.exists(bold)) {
            write(bold, design.column("task"));
            System.out.printf("generated %s in %.1f s%n", bold, seconds(start));
        }
        int voxels = shape[0] * shape[1] * shape[2];

        start = System.nanoTime();
        VoxelGlmResult result = VoxelGlm.fit(bold, design, null, VoxelGlmConfig.DEFAULT);
        double fit = seconds(start);
        start = System.nanoTime();
        TContrast task = result.contrast("task");
        double contrast = seconds(start);
        long active = Arrays.stream(task.t()).filter(t -> t > 5).count();

        System.out.printf("%d voxels x %d scans, %d design columns: fit (AR(1)) %.2f s, %.0f voxels/s;"
                + " contrast %.2f s; %d voxels with t > 5 (%d planted)%n", voxels, scans, design.columns(), fit,
                voxels / fit, contrast, active, voxels / 10);
        System.out.println(PeakMemory.describe());
        return 0;
    }

    /** A tenth of the voxels respond to the task regressor; every voxel has AR(1) noise of sd 10. */
    private void write(Path bold, double[] task) throws IOException {
        Files.createDirectories(dir);
        Path tmp = bold.resolveSibling("partial-" + bold.getFileName());
        SplittableRandom random = new SplittableRandom(seed);
        int voxels = shape[0] * shape[1] * shape[2];
        double[] noise = new double[voxels];
        double[] volume = new double[voxels];
        double innovation = 10 * Math.sqrt(1 - RHO * RHO);
        try (NiftiWriter w = NiftiWriter.builder().shape(shape[0], shape[1], shape[2], scans)
                .zooms(3, 3, 3, TR_S).units("mm", "sec").repetitionTime(TR_S).open(tmp)) {
            for (int t = 0; t < scans; t++) {
                for (int v = 0; v < voxels; v++) {
                    double e = random.nextGaussian();
                    noise[v] = t == 0 ? 10 * e : RHO * noise[v] + innovation * e;
                    volume[v] = 1000 + (v % 10 == 0 ? 20 * task[t] : 0) + noise[v];
                }
                w.writeVolume(volume);
            }
        }
        Files.move(tmp, bold, StandardCopyOption.REPLACE_EXISTING);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
