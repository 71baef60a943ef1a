package org.neurobeam.connectome.glm;

/**
 * One event of a task paradigm, as the columns nilearn reads from an {@code events.tsv}.
 *
 * @param onset      seconds from the start of the run (the time of the first acquired volume)
 * @param duration   seconds, {@code >= 0}; 0 models a single high-resolution bin (nilearn's "delta")
 * @param trialType  the condition; {@code null} becomes nilearn's {@code "dummy"} condition
 * @param modulation the amplitude (nilearn's {@code modulation}, 1 when the column is absent)
 */
public record TaskEvent(double onset, double duration, String trialType, double modulation) {

    /** An event of unit amplitude. */
    public static TaskEvent of(double onset, double duration, String trialType) {
        return new TaskEvent(onset, duration, trialType, 1);
    }
}
