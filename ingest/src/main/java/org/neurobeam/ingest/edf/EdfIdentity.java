package org.neurobeam.ingest.edf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The EDF+ subfields of the local patient and recording identification (EDF+ spec §2.1.3 items 3
 * and 4): space-separated, spaces inside a subfield written as '_', 'X' for unknown. For plain EDF
 * (or an EDF+ field not following the layout) only {@link #patient()} and {@link #recording()} are
 * set. Subfield values have '_' turned back into spaces, as EDFlib reports them.
 *
 * @param patient             the patient field as written
 * @param recording           the recording field as written
 * @param patientCode         hospital administration code, or null
 * @param sex                 "M", "F", or null
 * @param birthdate           birthdate, or null
 * @param patientName         name, or null
 * @param patientAdditional   the rest of the patient field, or null
 * @param startDate           "Startdate dd-MMM-yyyy" of the recording field, or null
 * @param admincode           hospital administration code of the investigation, or null
 * @param technician          technician code, or null
 * @param equipment           equipment code, or null
 * @param recordingAdditional the rest of the recording field, or null
 */
public record EdfIdentity(String patient, String recording, String patientCode, String sex, LocalDate birthdate,
        String patientName, String patientAdditional, LocalDate startDate, String admincode, String technician,
        String equipment, String recordingAdditional) {

    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("dd-MMM-yyyy").toFormatter(Locale.ENGLISH);

    /** Splits the two fields into EDF+ subfields when {@code plus} and they follow the layout. */
    static EdfIdentity parse(String patient, String recording, boolean plus) {
        String[] p = plus ? patient.split(" ", 5) : new String[0];
        String[] r = plus ? recording.split(" ", 6) : new String[0];
        boolean hasPatient = p.length >= 4;
        boolean hasRecording = r.length >= 5 && r[0].equals("Startdate");
        return new EdfIdentity(patient, recording,
                hasPatient ? subfield(p[0]) : null,
                hasPatient ? subfield(p[1]) : null,
                hasPatient ? date(p[2]) : null,
                hasPatient ? subfield(p[3]) : null,
                hasPatient && p.length == 5 ? p[4].strip() : null,
                hasRecording ? date(r[1]) : null,
                hasRecording ? subfield(r[2]) : null,
                hasRecording ? subfield(r[3]) : null,
                hasRecording ? subfield(r[4]) : null,
                hasRecording && r.length == 6 ? r[5].strip() : null);
    }

    private static String subfield(String value) {
        return value.equals("X") ? null : value.replace('_', ' ');
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
