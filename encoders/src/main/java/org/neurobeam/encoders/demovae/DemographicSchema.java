package org.neurobeam.encoders.demovae;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * The demographic columns a DemoVAE was trained with, in decoder order, and their encoding into the decoder's
 * demographic vector (Orlichenko et al. 2024, {@code demo_to_torch}: continuous values, then one-hot levels).
 */
public record DemographicSchema(List<DemographicField> fields) {

    /** Learns the fields of {@code table}: z-score statistics and sorted levels (at least two). */
    public static DemographicSchema fit(Demographics table) throws InvalidInputException {
        Checks.argument(!table.columns().isEmpty(), "demographics", "DemoVAE needs at least one demographic column");
        List<DemographicField> fields = new ArrayList<>();
        for (DemographicColumn column : table.columns()) {
            if (column.kind() == DemographicKind.CONTINUOUS) {
                double[] values = column.numbers();
                checkFinite(column, null);
                double mean = java.util.Arrays.stream(values).average().orElse(0);
                double variance = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum()
                        / values.length;
                Checks.input(variance > 0, null, column.name(), "is constant (%s); it cannot be modelled", mean);
                fields.add(new DemographicField(column.name(), column.kind(), mean, Math.sqrt(variance), null));
            } else {
                String[] labels = column.labels();
                for (int i = 0; i < labels.length; i++) {
                    Checks.input(labels[i] != null, null, column.name(), "subject %d has no label", i);
                }
                TreeSet<String> levels = new TreeSet<>(java.util.Arrays.asList(labels));
                Checks.input(levels.size() >= 2, null, column.name(), "needs at least two levels, got %s", levels);
                fields.add(new DemographicField(column.name(), column.kind(), 0, 0, List.copyOf(levels)));
            }
        }
        return new DemographicSchema(fields);
    }

    /** Width of the decoder's demographic vector. */
    public int width() {
        return fields.stream().mapToInt(DemographicField::width).sum();
    }

    /**
     * The decoder's demographic vector of each subject of {@code table}; {@code source} names the input in errors
     * (a missing column, a column of the wrong kind, an unseen level, NaN).
     */
    public float[][] encode(Demographics table, Path source) throws InvalidInputException {
        int rows = table.rows();
        float[][] out = new float[rows][width()];
        int at = 0;
        for (DemographicField field : fields) {
            DemographicColumn column = table.column(field.name()).orElse(null);
            Checks.input(column != null, source, field.name(), "missing demographic column; the model was trained "
                    + "with %s", fields.stream().map(DemographicField::name).toList());
            Checks.input(column.kind() == field.kind(), source, field.name(), "expected a %s column, got %s",
                    field.kind(), column.kind());
            if (field.kind() == DemographicKind.CONTINUOUS) {
                checkFinite(column, source);
                for (int i = 0; i < rows; i++) {
                    out[i][at] = (float) ((column.numbers()[i] - field.mean()) / field.std());
                }
            } else {
                for (int i = 0; i < rows; i++) {
                    int level = field.levels().indexOf(column.labels()[i]);
                    Checks.input(level >= 0, source, field.name(), "level '%s' of subject %d was not seen in "
                            + "training (levels %s)", column.labels()[i], i, field.levels());
                    out[i][at + level] = 1;
                }
            }
            at += field.width();
        }
        return out;
    }

    private static void checkFinite(DemographicColumn column, Path source) throws InvalidInputException {
        double[] values = column.numbers();
        for (int i = 0; i < values.length; i++) {
            Checks.input(Double.isFinite(values[i]), source, column.name(), "subject %d has %s", i, values[i]);
        }
    }
}
