package org.neurobeam.pipelines.encode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurobeam.encoders.demovae.DemographicColumn;
import org.neurobeam.encoders.demovae.DemographicField;
import org.neurobeam.encoders.demovae.DemographicKind;
import org.neurobeam.encoders.demovae.DemographicSchema;
import org.neurobeam.encoders.demovae.Demographics;

/**
 * Demographics written on the command line, {@code age=70,sex=F}, typed by what a trained DemoVAE knows of each
 * column. Errors name the option, the column and what the model expects.
 */
final class DemographicValues {

    private DemographicValues() {
    }

    /** {@code name=value} pairs of one subject; an empty spec gives no pairs. */
    static Map<String, String> parse(String option, String spec) {
        Map<String, String> values = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return values;
        }
        for (String pair : spec.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException(option + ": expected name=value pairs like age=70,sex=F, got '"
                        + pair.trim() + "'");
            }
            values.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return values;
    }

    /**
     * A demographics table with one row per subject spec; a column a spec leaves out takes the model's reference
     * value ({@link #reference}). Unknown columns, unparsable numbers and unseen levels are errors.
     */
    static Demographics table(String option, List<Map<String, String>> subjects, DemographicSchema schema) {
        List<DemographicColumn> columns = new ArrayList<>();
        for (Map<String, String> subject : subjects) {
            for (String name : subject.keySet()) {
                if (schema.fields().stream().noneMatch(f -> f.name().equals(name))) {
                    throw new IllegalArgumentException(option + ": the model has no demographic '" + name
                            + "' (it was trained with " + schema.fields().stream().map(DemographicField::name).toList()
                            + ")");
                }
            }
        }
        for (DemographicField field : schema.fields()) {
            String fallback = reference(field);
            if (field.kind() == DemographicKind.CONTINUOUS) {
                double[] numbers = new double[subjects.size()];
                for (int i = 0; i < numbers.length; i++) {
                    String value = subjects.get(i).getOrDefault(field.name(), fallback);
                    try {
                        numbers[i] = Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(option + ": " + field.name() + " must be a number, got '"
                                + value + "'", e);
                    }
                }
                columns.add(DemographicColumn.continuous(field.name(), numbers));
            } else {
                String[] labels = new String[subjects.size()];
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = subjects.get(i).getOrDefault(field.name(), fallback);
                    if (!field.levels().contains(labels[i])) {
                        throw new IllegalArgumentException(option + ": " + field.name() + " '" + labels[i]
                                + "' was not seen in training (levels " + field.levels() + ")");
                    }
                }
                columns.add(DemographicColumn.categorical(field.name(), labels));
            }
        }
        return new Demographics(columns);
    }

    /** The default reference of a column: the training mean of a continuous one, the first level otherwise. */
    static String reference(DemographicField field) {
        return field.kind() == DemographicKind.CONTINUOUS ? Double.toString(field.mean()) : field.levels().get(0);
    }
}
