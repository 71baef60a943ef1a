package org.neurobeam.ingest;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;

/**
 * The one place that words validation errors, after MNE's {@code _validate_type} / {@code _check_option}
 * habit: input errors name the file, the field, what was expected and what was found; configuration
 * errors name the option and its allowed values.
 */
public final class Checks {

    private Checks() {
    }

    /** Fails with an {@link InvalidInputException} about {@code field} of {@code file} unless {@code ok}. */
    public static void input(boolean ok, Path file, String field, String format, Object... args)
            throws InvalidInputException {
        if (!ok) {
            throw new InvalidInputException(file, field, String.format(Locale.ROOT, format, args));
        }
    }

    /** Fails with an {@link IllegalArgumentException} naming {@code option} unless {@code ok}. */
    public static void argument(boolean ok, String option, String format, Object... args) {
        if (!ok) {
            throw new IllegalArgumentException(option + ": " + String.format(Locale.ROOT, format, args));
        }
    }

    /** Returns {@code value} when it is one of {@code allowed}, else fails listing the allowed values. */
    public static <T> T option(T value, String option, Collection<? extends T> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(
                    option + ": expected one of " + allowed + ", got '" + value + "'");
        }
        return value;
    }

    /** Returns {@code value} when strictly positive and finite, else fails naming {@code option}. */
    public static double positive(double value, String option) {
        argument(value > 0 && Double.isFinite(value), option, "expected a positive finite number, got %s", value);
        return value;
    }
}
