package org.neurobeam.encoders.demovae;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neurobeam.ingest.Checks;

/** A typed demographics table: named columns of one value per subject, all the same length. */
public record Demographics(List<DemographicColumn> columns) {

    public Demographics {
        columns = List.copyOf(columns);
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (DemographicColumn column : columns) {
            Checks.argument(sizes.put(column.name(), column.size()) == null, column.name(), "column given twice");
        }
        Checks.argument(sizes.values().stream().distinct().count() <= 1, "demographics",
                "columns differ in length: %s", sizes);
    }

    public static Demographics of(DemographicColumn... columns) {
        return new Demographics(List.of(columns));
    }

    /** Number of subjects (rows). */
    public int rows() {
        return columns.isEmpty() ? 0 : columns.get(0).size();
    }

    public Optional<DemographicColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
