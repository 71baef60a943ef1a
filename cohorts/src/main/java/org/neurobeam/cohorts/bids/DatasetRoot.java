package org.neurobeam.cohorts.bids;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neurobeam.cohorts.Participant;
import org.neurobeam.cohorts.Problem;

/**
 * The root folder of a BIDS dataset, or of a derivative dataset nested under {@code derivatives/<pipeline>/}
 * (BIDS "Common principles", Storage of derived datasets). Holds what {@code dataset_description.json}
 * says (BIDS "Modality agnostic files", Dataset description: {@code Name}, {@code DatasetType}, which
 * defaults to {@code raw}), the {@code .bidsignore} rules and the participants; a nested dataset falls back
 * on its parent's participants.
 */
final class DatasetRoot {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DESCRIPTION = "dataset_description.json";

    private final Path root;
    private final DatasetRoot parent;
    private final String name;
    private final boolean derivative;
    private final BidsIgnore ignore;
    private final Map<String, Participant> participants;

    private DatasetRoot(Path root, DatasetRoot parent, String name, boolean derivative, BidsIgnore ignore,
            Map<String, Participant> participants) {
        this.root = root;
        this.parent = parent;
        this.name = name;
        this.derivative = derivative;
        this.ignore = ignore;
        this.participants = participants;
    }

    /** Opens the dataset at {@code root}; {@code parent} is the enclosing dataset of a nested derivative, else null. */
    static DatasetRoot open(Path root, DatasetRoot parent, List<Problem> problems) throws IOException {
        String name = root.getFileName() == null ? root.toString() : root.getFileName().toString();
        boolean derivative = parent != null;
        Path description = root.resolve(DESCRIPTION);
        if (Files.isRegularFile(description)) {
            try {
                JsonNode json = JSON.readTree(description.toFile());
                if (json != null && json.path("Name").isTextual() && !json.path("Name").asText().isBlank()) {
                    name = json.path("Name").asText();
                }
                derivative |= json != null && "derivative".equals(json.path("DatasetType").asText());
            } catch (JsonProcessingException e) {
                problems.add(Problem.discover(description.toString(),
                        "malformed JSON: " + e.getOriginalMessage() + "; using the folder name as dataset name"));
            }
        }
        return new DatasetRoot(root, parent, name, derivative, BidsIgnore.read(root),
                ParticipantsTable.read(root, problems));
    }

    Path root() {
        return root;
    }

    /** The enclosing dataset of a nested derivative dataset, or {@code null}. */
    DatasetRoot parent() {
        return parent;
    }

    /** {@code Name} from the description, else the folder name. */
    String name() {
        return name;
    }

    /** True when nested under {@code derivatives/} or described as {@code DatasetType: derivative}. */
    boolean derivative() {
        return derivative;
    }

    /** True when {@code path} (under this root) is matched by {@code .bidsignore}. */
    boolean ignores(Path path, boolean directory) {
        return ignore.ignores(root.relativize(path), directory);
    }

    /** The row of {@code sub-<subject>}, from this dataset or the ones enclosing it; empty when none lists it. */
    Participant participant(String subject) {
        Participant found = participants.get("sub-" + subject);
        if (found != null) {
            return found;
        }
        return parent == null ? Participant.empty() : parent.participant(subject);
    }
}
