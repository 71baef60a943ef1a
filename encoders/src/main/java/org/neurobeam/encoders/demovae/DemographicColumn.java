package org.neurobeam.encoders.demovae;

import org.neurobeam.ingest.Checks;

/**
 * One demographic column, one value per subject: numbers for a {@link DemographicKind#CONTINUOUS} column (age),
 * labels for a {@link DemographicKind#CATEGORICAL} one (sex, site), as in {@code participants.tsv}.
 */
public record DemographicColumn(String name, DemographicKind kind, double[] numbers, String[] labels) {

    public DemographicColumn {
        Checks.argument(name != null && !name.isBlank(), "name", "a demographic column needs a name");
        Checks.argument(kind == DemographicKind.CONTINUOUS ? numbers != null && labels == null
                : labels != null && numbers == null, name, "a %s column holds %s", kind,
                kind == DemographicKind.CONTINUOUS ? "numbers" : "labels");
    }

    public static DemographicColumn continuous(String name, double... values) {
        return new DemographicColumn(name, DemographicKind.CONTINUOUS, values.clone(), null);
    }

    public static DemographicColumn categorical(String name, String... values) {
        return new DemographicColumn(name, DemographicKind.CATEGORICAL, null, values.clone());
    }

    /** Number of subjects. */
    public int size() {
        return kind == DemographicKind.CONTINUOUS ? numbers.length : labels.length;
    }
}
