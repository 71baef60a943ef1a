package org.neurobeam.pipelines;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.neurobeam.ingest.testing.SharedData;

/**
 * Builds test datasets: the bundled example plus deliberately broken recordings, each broken in one way
 * the issue names (truncated gzip, wrong sizeof_hdr, dims too large for the file, no repetition time).
 */
public final class TestDatasets {

    /** The bundled example dataset of the repository. */
    public static final Path EXAMPLE = Path.of("..", "examples", "ds-mini").toAbsolutePath().normalize();

    private TestDatasets() {
    }

    /** Copies the example to {@code root} and adds four bad BOLD runs (sub-04 to sub-07). */
    public static Path exampleWithBadRecordings(Path root) throws IOException {
        copyTree(EXAMPLE, root);
        byte[] gz = Files.readAllBytes(SharedData.file("nifti/nitime/fmri1.nii.gz"));
        write(bold(root, "04", "checkerboard", ".nii.gz"), Arrays.copyOf(gz, gz.length / 2));

        byte[] nii = Files.readAllBytes(SharedData.file("nifti/nipy/some_blobs.nii"));
        ByteBuffer.wrap(nii).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 349);
        write(bold(root, "05", "checkerboard", ".nii"), nii);

        Path synthetic = SharedData.file(
                "bids-examples/synthetic/sub-01/ses-01/func/sub-01_ses-01_task-nback_run-01_bold.nii");
        write(bold(root, "06", "checkerboard", ".nii"), Files.readAllBytes(synthetic));

        write(bold(root, "07", "notr", ".nii.gz"), Files.readAllBytes(SharedData.file("nifti/nibabel/standard.nii.gz")));
        return root;
    }

    /** Path of a BOLD run of the example layout. */
    public static Path bold(Path root, String subject, String task, String extension) {
        return root.resolve("sub-" + subject).resolve("func")
                .resolve("sub-" + subject + "_task-" + task + "_bold" + extension);
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
