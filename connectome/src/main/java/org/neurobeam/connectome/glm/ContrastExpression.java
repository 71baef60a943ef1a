package org.neurobeam.connectome.glm;

import java.util.List;
import java.util.Locale;
import org.neurobeam.ingest.Checks;

/**
 * Parses a linear contrast such as {@code "a - b"}, {@code "2*face - 0.5 house - scrambled"} or
 * {@code "-a"} into weights over the design's columns (nilearn's {@code expression_to_contrast_vector},
 * restricted to linear combinations). Grammar: {@code expr := [sign] term (sign term)*},
 * {@code term := number ['*'] name | name ['*' number]}; names are {@code [A-Za-z_][A-Za-z0-9_]*};
 * a name used twice adds up. An expression equal to a column name selects that column whatever its
 * characters.
 */
public final class ContrastExpression {

    private final String text;
    private final List<String> names;
    private int pos;

    private ContrastExpression(String text, List<String> names) {
        this.text = text;
        this.names = names;
    }

    /** The weights, one per name of {@code columns}. */
    public static double[] parse(String expression, List<String> columns) {
        Checks.argument(expression != null && !expression.isBlank(), "contrast", "empty contrast expression");
        double[] weights = new double[columns.size()];
        int whole = columns.indexOf(expression.trim());
        if (whole >= 0) {
            weights[whole] = 1;
            return weights;
        }
        new ContrastExpression(expression, columns).parseInto(weights);
        return weights;
    }

    private void parseInto(double[] weights) {
        skipSpaces();
        boolean first = true;
        while (pos < text.length()) {
            double sign = 1;
            char c = text.charAt(pos);
            if (c == '+' || c == '-') {
                sign = c == '-' ? -1 : 1;
                pos++;
                skipSpaces();
            } else if (!first) {
                throw error("expected '+' or '-'");
            }
            term(sign, weights);
            first = false;
            skipSpaces();
        }
    }

    private void term(double sign, double[] weights) {
        double coefficient = 1;
        if (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            coefficient = number();
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == '*') {
                pos++;
                skipSpaces();
            }
            if (pos >= text.length() || !isNameStart(text.charAt(pos))) {
                throw error("a number must multiply a column name (constant terms are not allowed)");
            }
        }
        if (pos >= text.length() || !isNameStart(text.charAt(pos))) {
            throw error("expected a column name");
        }
        int start = pos;
        while (pos < text.length() && (isNameStart(text.charAt(pos)) || Character.isDigit(text.charAt(pos)))) {
            pos++;
        }
        String name = text.substring(start, pos);
        int column = names.indexOf(name);
        Checks.argument(column >= 0, "contrast", "unknown column '%s' in '%s'; columns are %s", name, text, names);
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '*') {
            pos++;
            skipSpaces();
            coefficient *= number();
        }
        weights[column] += sign * coefficient;
    }

    private double number() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int exponent = pos + 1;
            if (exponent < text.length() && (text.charAt(exponent) == '+' || text.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < text.length() && Character.isDigit(text.charAt(exponent))) {
                pos = exponent;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            }
        }
        try {
            return Double.parseDouble(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("expected a number");
        }
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c < 128 && Character.isLetter(c));
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(
                String.format(Locale.ROOT, "contrast: %s at position %d of '%s'", what, pos, text));
    }
}
