package org.neurobeam.cohorts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.neurobeam.cohorts.bids.BidsDiscovery;
import org.neurobeam.cohorts.manifest.ManifestDiscovery;
import org.neurobeam.cohorts.nwb.NwbFolderDiscovery;
import org.neurobeam.ingest.Checks;

/** Entry point: finds the recordings of a BIDS dataset folder or of a CSV manifest. */
public final class Discovery {

    private Discovery() {
    }

    /**
     * A directory is read as a BIDS dataset ({@code dataset_description.json} recommended, not required), a
     * {@code .csv} file as a manifest ({@link ManifestDiscovery}); anything else fails with an
     * {@link IllegalArgumentException} naming the input. A directory with neither {@code dataset_description.json}
     * nor {@code sub-*} folders is read as a plain folder of NWB files ({@link NwbFolderDiscovery}).
     */
    public static DiscoveryResult discover(Path input) throws IOException {
        if (Files.isDirectory(input)) {
            return isBids(input) ? BidsDiscovery.discover(input) : NwbFolderDiscovery.discover(input);
        }
        boolean csv = Files.isRegularFile(input)
                && input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        Checks.argument(csv, "input", "expected a BIDS dataset folder or a .csv manifest, got '%s'", input);
        return ManifestDiscovery.discover(input);
    }

    private static boolean isBids(Path folder) throws IOException {
        if (Files.exists(folder.resolve("dataset_description.json"))) {
            return true;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("sub-"));
        }
    }
}
