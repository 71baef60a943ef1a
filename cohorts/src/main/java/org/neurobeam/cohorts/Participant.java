package org.neurobeam.cohorts;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One row of {@code participants.tsv} (BIDS "Modality agnostic files", Participants file): the raw
 * columns, plus {@code age} and {@code sex} typed as the spec recommends.
 */
public final class Participant implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Participant EMPTY = new Participant(null, Map.of());

    private final String participantId;
    private final Map<String, String> columns;
    private final Double age;
    private final String sex;

    private Participant(String participantId, Map<String, String> columns) {
        this.participantId = participantId;
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        this.age = parseAge(columns.get("age"));
        this.sex = normaliseSex(columns.get("sex"));
    }

    /**
     * A participant with the given id (as written, e.g. {@code sub-01}) and columns; columns whose value is
     * {@code n/a} (the BIDS missing value) are dropped.
     */
    public static Participant of(String participantId, Map<String, String> columns) {
        Map<String, String> present = new LinkedHashMap<>();
        columns.forEach((name, value) -> {
            if (value != null && !Tsv.MISSING.equals(value)) {
                present.put(name, value);
            }
        });
        return new Participant(participantId, present);
    }

    /** The participant of a recording whose subject is not listed. */
    public static Participant empty() {
        return EMPTY;
    }

    /** The {@code participant_id} as written ({@code sub-01}), or {@code null} when unknown. */
    public String participantId() {
        return participantId;
    }

    /** Every column of the row as written, in file order, without the {@code n/a} ones. */
    public Map<String, String> columns() {
        return columns;
    }

    /**
     * The {@code age} column in years, or {@code null} when absent or not a number. BIDS lets ages above 89
     * be written {@code 89+} for de-identification; that reads as 89, a lower bound.
     */
    public Double age() {
        return age;
    }

    /**
     * The {@code sex} column: {@code M}/{@code male} gives {@code M}, {@code F}/{@code female} gives {@code F},
     * {@code O}/{@code other} gives {@code O} (any case, the levels BIDS recommends); any other value as
     * written; {@code null} when absent.
     */
    public String sex() {
        return sex;
    }

    /** Value equality: the same id and the same columns. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Participant
                && Objects.equals(participantId, ((Participant) other).participantId)
                && columns.equals(((Participant) other).columns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(participantId, columns);
    }

    private static Double parseAge(String value) {
        if (value == null) {
            return null;
        }
        String number = value.trim();
        if (number.endsWith("+")) {
            number = number.substring(0, number.length() - 1);
        }
        try {
            double years = Double.parseDouble(number);
            return Double.isFinite(years) ? years : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String normaliseSex(String value) {
        if (value == null) {
            return null;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "m", "male":
                return "M";
            case "f", "female":
                return "F";
            case "o", "other":
                return "O";
            default:
                return value;
        }
    }

    @Override
    public String toString() {
        return "Participant" + (participantId == null ? "" : "[" + participantId + "]") + columns;
    }
}
