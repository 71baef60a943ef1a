package org.neurobeam.pipelines.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.neurobeam.ingest.InvalidInputException;

/**
 * The repetition time of a BOLD run and where it came from. BIDS makes the sidecar's
 * {@code RepetitionTime} authoritative (func/bold sidecar, REQUIRED); the NIfTI header's time step
 * ({@code pixdim[4]} with its unit) is often wrong in converted data (nibabel's example4d says 2000 s), so
 * it only stands in, with a warning, when no sidecar gives one.
 *
 * @param seconds the repetition time in seconds
 * @param source  {@code sidecar} or {@code header}
 * @param notes   warnings and disagreements worth recording in provenance
 */
public record RepetitionTime(double seconds, String source, List<String> notes) {

    /** Relative difference above which sidecar and header are said to disagree. */
    static final double DISAGREEMENT = 1e-3;

    /**
     * Applies the rule: sidecar wins; header stands in with a warning; neither is an error naming the file.
     */
    public static RepetitionTime resolve(Path file, OptionalDouble sidecar, OptionalDouble header)
            throws InvalidInputException {
        if (sidecar.isPresent()) {
            double tr = sidecar.getAsDouble();
            if (!(tr > 0) || !Double.isFinite(tr)) {
                throw new InvalidInputException(file, "RepetitionTime",
                        "sidecar RepetitionTime must be a positive number of seconds, got " + tr);
            }
            if (header.isPresent() && Math.abs(header.getAsDouble() - tr) > DISAGREEMENT * tr) {
                return new RepetitionTime(tr, "sidecar", List.of(String.format(Locale.ROOT,
                        "RepetitionTime %s s from the sidecar differs from the NIfTI header's time step %s s;"
                                + " the sidecar wins", tr, header.getAsDouble())));
            }
            return new RepetitionTime(tr, "sidecar", List.of());
        }
        if (header.isPresent()) {
            return new RepetitionTime(header.getAsDouble(), "header", List.of(String.format(Locale.ROOT,
                    "no RepetitionTime in the JSON sidecars; using the NIfTI header's time step %s s",
                    header.getAsDouble())));
        }
        throw new InvalidInputException(file, "RepetitionTime",
                "no RepetitionTime in the JSON sidecars and no time step in the NIfTI header (pixdim[4])");
    }
}
