package org.neurobeam.pipelines.encode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.values.Row;
import org.neurobeam.connectome.dynamic.UpperTriangle;
import org.neurobeam.encoders.demovae.DemographicColumn;
import org.neurobeam.encoders.demovae.Demographics;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.pipelines.parquet.ReadTable;
import org.neurobeam.pipelines.tables.ConnectivityTable;
import org.neurobeam.pipelines.tables.RecordingsTable;

/**
 * A DemoVAE training set read from a {@code run} output: each recording's connectivity matrix of one kind as
 * its strict upper triangle, and the demographics of its participant from the {@code recordings} table
 * ({@code age}, {@code sex}, or any {@code participants.tsv} column kept in {@code demographics}). A column is
 * continuous when every value is a number, categorical otherwise. A recording without a value for a requested
 * column is an error naming it: DemoVAE cannot learn what it is not told.
 */
record ConnectomeCohort(List<String> recordingIds, int regions, double[][] vectors, Demographics demographics) {

    static ConnectomeCohort read(Path runOutput, String kind, List<String> columns) throws IOException {
        Map<String, List<Row>> edges = new TreeMap<>();
        for (Row row : ReadTable.rows(runOutput, ConnectivityTable.NAME, ConnectivityTable.SCHEMA,
                r -> kind.equals(r.getString("kind")))) {
            edges.computeIfAbsent(row.getString("recording_id"), k -> new ArrayList<>()).add(row);
        }
        Path table = runOutput.resolve(ConnectivityTable.NAME);
        if (edges.isEmpty()) {
            throw new InvalidInputException(table, "kind", "no connectivity rows of kind '" + kind + "'");
        }
        Map<String, Row> recordings = new LinkedHashMap<>();
        for (Row row : ReadTable.rows(runOutput, RecordingsTable.NAME, RecordingsTable.SCHEMA,
                r -> edges.containsKey(r.getString("recording_id")))) {
            recordings.put(row.getString("recording_id"), row);
        }
        List<String> ids = new ArrayList<>(edges.keySet());
        double[][] vectors = new double[ids.size()][];
        int regions = -1;
        for (int s = 0; s < ids.size(); s++) {
            double[][] matrix = RecordingArrays.of(ids.get(s), List.of(), edges.get(ids.get(s))).connectivity();
            if (regions >= 0 && matrix.length != regions) {
                throw new InvalidInputException(table, "i", ids.get(s) + " has " + matrix.length
                        + " regions where the others have " + regions + "; DemoVAE needs one atlas");
            }
            regions = matrix.length;
            vectors[s] = UpperTriangle.vector(matrix);
        }
        return new ConnectomeCohort(ids, regions, vectors, demographics(runOutput, ids, recordings, columns));
    }

    private static Demographics demographics(Path runOutput, List<String> ids, Map<String, Row> recordings,
            List<String> columns) throws InvalidInputException {
        Path table = runOutput.resolve(RecordingsTable.NAME);
        List<DemographicColumn> out = new ArrayList<>();
        for (String column : columns) {
            String[] values = new String[ids.size()];
            for (int s = 0; s < ids.size(); s++) {
                Row recording = recordings.get(ids.get(s));
                values[s] = recording == null ? null : value(recording, column);
                if (values[s] == null || values[s].isBlank() || values[s].equalsIgnoreCase("n/a")) {
                    throw new InvalidInputException(table, column, "recording " + ids.get(s)
                            + " has no value for demographic '" + column + "' (participants.tsv)");
                }
            }
            out.add(numeric(values) ? DemographicColumn.continuous(column, parse(values))
                    : DemographicColumn.categorical(column, values));
        }
        return new Demographics(out);
    }

    private static String value(Row recording, String column) {
        if (column.equals("age")) {
            Double age = recording.getDouble("age");
            return age == null ? null : Double.toString(age);
        }
        if (column.equals("sex")) {
            return recording.getString("sex");
        }
        Map<String, String> demographics = recording.getMap("demographics");
        return demographics == null ? null : demographics.get(column);
    }

    private static boolean numeric(String[] values) {
        for (String v : values) {
            try {
                if (!Double.isFinite(Double.parseDouble(v))) {
                    return false;
                }
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    private static double[] parse(String[] values) {
        double[] numbers = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            numbers[i] = Double.parseDouble(values[i]);
        }
        return numbers;
    }
}
