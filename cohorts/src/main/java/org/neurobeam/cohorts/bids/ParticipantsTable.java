package org.neurobeam.cohorts.bids;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurobeam.cohorts.Participant;
import org.neurobeam.cohorts.Problem;
import org.neurobeam.cohorts.Tsv;
import org.neurobeam.ingest.InvalidInputException;

/**
 * A dataset's {@code participants.tsv} (BIDS "Modality agnostic files", Participants file): the
 * {@code participant_id} column is required and holds one row per participant. A row with the wrong number
 * of columns or a repeated id is a {@link Problem} naming the line; the other rows still count. A file
 * without {@code participant_id} is one Problem and yields no participants.
 */
final class ParticipantsTable {

    static final String FILE = "participants.tsv";
    private static final String ID = "participant_id";

    private ParticipantsTable() {
    }

    /** Participants of the dataset at {@code root} by id ({@code sub-01}); empty when it has no table. */
    static Map<String, Participant> read(Path root, List<Problem> problems) throws IOException {
        Path file = root.resolve(FILE);
        Map<String, Participant> participants = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return participants;
        }
        Tsv tsv;
        try {
            tsv = Tsv.read(file);
        } catch (InvalidInputException e) {
            problems.add(Problem.discover(file.toString(), e.getMessage()));
            return participants;
        }
        int id = tsv.column(ID);
        if (id < 0) {
            problems.add(Problem.discover(file.toString(), ID + ": required column missing; header is " + tsv.header()));
            return participants;
        }
        for (Tsv.Row row : tsv.rows()) {
            List<String> values = row.values();
            if (values.size() != tsv.header().size()) {
                problems.add(Problem.discover(file.toString(), "line " + row.line() + ": expected "
                        + tsv.header().size() + " tab-separated columns, found " + values.size()));
                continue;
            }
            Map<String, String> columns = new LinkedHashMap<>();
            for (int c = 0; c < values.size(); c++) {
                columns.put(tsv.header().get(c), values.get(c));
            }
            String participantId = values.get(id);
            if (participants.putIfAbsent(participantId, Participant.of(participantId, columns)) != null) {
                problems.add(Problem.discover(file.toString(), "line " + row.line() + ": " + ID + " '"
                        + participantId + "' repeats an earlier row; the first is kept"));
            }
        }
        return participants;
    }
}
