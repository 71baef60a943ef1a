package org.neurobeam.ingest.celegans;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.text.Csv;

/**
 * The collection's consensus connectome, {@code consensus_connectome_{full|trimmed}_{withfunc|nofunc}.csv}
 * (Simeon et al., arXiv 2411.12091; worm-data-preprocess {@code consensus_connectome.py}; notes connectome.md
 * §E.4): one row per ordered pair of neurons, self-pairs included ("trimmed" leaves out pairs with no weight,
 * which read as 0). Columns {@code from_neuron}, {@code to_neuron}, {@code mean_gap_weight} (gap junctions,
 * symmetric) and {@code mean_chem_weight} (chemical synapses, directed from → to) are required;
 * {@code uncertainty} (0.9·std_chem + 0.1·std_gap), {@code functional_weight} (Randi et al. 2023, "withfunc"
 * files), {@code from_pos}/{@code to_pos} ("(x, y, z)"), {@code from_type}/{@code to_type} and
 * {@code data_sources} (a Python list as text) are read when present; other columns are ignored. Matrices are
 * indexed {@code [from][to]} over {@link #labels()}: the given label list, or the file's neurons in plain
 * string order (the collection's slot order). A neuron's position and type must agree across rows, pairs must
 * not repeat, weights must be finite and ≥ 0; empty uncertainty or functional cells read as NaN.
 */
public final class ConsensusConnectome {

    /** Largest accepted |gap(a, b) − gap(b, a)|, relative to the larger of the two (or absolute below 1). */
    public static final double GAP_TOLERANCE = 1e-6;

    private final List<String> labels;
    private final double[][] chemical;
    private final double[][] gap;
    private final double[][] uncertainty;
    private final double[][] functional;
    private final Map<String, double[]> positions;
    private final Map<String, String> types;
    private final SortedSet<String> sources;
    private final List<String> warnings;

    private ConsensusConnectome(List<String> labels, double[][] chemical, double[][] gap, double[][] uncertainty,
            double[][] functional, Map<String, double[]> positions, Map<String, String> types,
            SortedSet<String> sources, List<String> warnings) {
        this.labels = labels;
        this.chemical = chemical;
        this.gap = gap;
        this.uncertainty = uncertainty;
        this.functional = functional;
        this.positions = positions;
        this.types = types;
        this.sources = sources;
        this.warnings = warnings;
    }

    /** Reads {@code file} over its own neurons, refusing asymmetric gap weights. */
    public static ConsensusConnectome read(Path file) throws IOException {
        return read(file, null, GapAsymmetry.REJECT);
    }

    /**
     * Reads {@code file} over {@code labels} (null: the file's neurons in string order); a neuron not in
     * {@code labels} is an error, a label without rows has zero weights.
     */
    public static ConsensusConnectome read(Path file, List<String> labels, GapAsymmetry asymmetry)
            throws IOException {
        List<Csv.Row> rows = Csv.read(file);
        Checks.input(!rows.isEmpty(), file, null, "empty: expected a header line");
        Columns columns = new Columns(file, rows.get(0).fields());
        List<Csv.Row> data = rows.subList(1, rows.size());
        List<String> names = labels;
        if (names == null) {
            TreeSet<String> seen = new TreeSet<>();
            for (Csv.Row row : data) {
                seen.add(columns.text(row, "from_neuron"));
                seen.add(columns.text(row, "to_neuron"));
            }
            names = new ArrayList<>(seen);
        }
        Map<String, Integer> index = new HashMap<>();
        for (String name : names) {
            Checks.argument(index.putIfAbsent(name, index.size()) == null, "labels", "'%s' listed twice", name);
        }
        int n = names.size();
        double[][] chem = new double[n][n];
        double[][] gap = new double[n][n];
        double[][] unc = new double[n][n];
        double[][] func = columns.has("functional_weight") ? new double[n][n] : null;
        int[][] lineOf = new int[n][n];
        Map<String, double[]> positions = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        SortedSet<String> sources = new TreeSet<>();
        for (Csv.Row row : data) {
            Checks.input(row.fields().size() == columns.width(), file, "line " + row.line(),
                    "%d fields, expected %d as in the header", row.fields().size(), columns.width());
            int from = neuron(file, columns, row, "from_neuron", index);
            int to = neuron(file, columns, row, "to_neuron", index);
            Checks.input(lineOf[from][to] == 0, file, "to_neuron", "line %d: pair %s → %s already on line %d",
                    row.line(), names.get(from), names.get(to), lineOf[from][to]);
            lineOf[from][to] = row.line();
            chem[from][to] = columns.weight(row, "mean_chem_weight");
            gap[from][to] = columns.weight(row, "mean_gap_weight");
            unc[from][to] = columns.has("uncertainty") ? columns.number(row, "uncertainty") : Double.NaN;
            if (func != null) {
                func[from][to] = columns.number(row, "functional_weight");
            }
            for (String end : List.of("from", "to")) {
                String name = names.get(end.equals("from") ? from : to);
                if (columns.has(end + "_pos")) {
                    agree(file, row, end + "_pos", name, positions, columns.position(row, end + "_pos"));
                }
                if (columns.has(end + "_type")) {
                    agree(file, row, end + "_type", name, types, columns.text(row, end + "_type"));
                }
            }
            if (columns.has("data_sources")) {
                sources.addAll(pythonList(columns.text(row, "data_sources")));
            }
        }
        List<String> warnings = symmetric(file, names, gap, lineOf, asymmetry);
        return new ConsensusConnectome(List.copyOf(names), chem, gap, unc, func, positions, types, sources,
                Collections.unmodifiableList(warnings));
    }

    private static int neuron(Path file, Columns columns, Csv.Row row, String column, Map<String, Integer> index)
            throws InvalidInputException {
        String name = columns.text(row, column);
        Integer i = index.get(name);
        Checks.input(i != null, file, column, "line %d: '%s' is not among the %d labels", row.line(), name,
                index.size());
        return i;
    }

    private static <T> void agree(Path file, Csv.Row row, String column, String neuron, Map<String, T> seen, T value)
            throws InvalidInputException {
        T before = seen.putIfAbsent(neuron, value);
        boolean same = before == null || (before instanceof double[] a ? Arrays.equals(a, (double[]) value)
                : before.equals(value));
        Checks.input(same, file, column, "line %d: %s of %s differs from an earlier row", row.line(), column,
                neuron);
    }

    private static List<String> symmetric(Path file, List<String> names, double[][] gap, int[][] lineOf,
            GapAsymmetry asymmetry) throws InvalidInputException {
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < gap.length; i++) {
            for (int j = i + 1; j < gap.length; j++) {
                double a = gap[i][j];
                double b = gap[j][i];
                if (Math.abs(a - b) <= GAP_TOLERANCE * Math.max(1, Math.max(a, b))) {
                    continue;
                }
                String pair = String.format(Locale.ROOT, "%s → %s is %s (line %d) but %s → %s is %s (line %d)",
                        names.get(i), names.get(j), a, lineOf[i][j], names.get(j), names.get(i), b, lineOf[j][i]);
                Checks.input(asymmetry == GapAsymmetry.AVERAGE, file, "mean_gap_weight",
                        "gap junctions are symmetric, but %s", pair);
                gap[i][j] = gap[j][i] = (a + b) / 2;
                warnings.add("mean_gap_weight: " + pair + "; both set to the mean");
            }
        }
        return warnings;
    }

    /** The entries of a Python list literal of strings, e.g. {@code ['openworm', 'cook_2019']}. */
    static List<String> pythonList(String text) {
        String body = text.strip();
        if (body.startsWith("[") && body.endsWith("]")) {
            body = body.substring(1, body.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String item : body.split(",")) {
            String s = item.strip();
            if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
                s = s.substring(1, s.length() - 1);
            }
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The neurons, index of every matrix. */
    public List<String> labels() {
        return labels;
    }

    /** {@code mean_chem_weight}, directed {@code [from][to]}. */
    public double[][] chemical() {
        return copy(chemical);
    }

    /** {@code mean_gap_weight}, symmetric. */
    public double[][] gapJunction() {
        return copy(gap);
    }

    /** {@code uncertainty}; NaN where the file has none. */
    public double[][] uncertainty() {
        return copy(uncertainty);
    }

    /** {@code functional_weight} ("withfunc" files), or {@code null} when the file has no such column. */
    public double[][] functional() {
        return functional == null ? null : copy(functional);
    }

    /** A neuron's {@code (x, y, z)}, or {@code null} when the file gives none. */
    public double[] position(String neuron) {
        double[] p = positions.get(neuron);
        return p == null ? null : p.clone();
    }

    /** A neuron's type, or {@code null} when the file gives none. */
    public String type(String neuron) {
        return types.get(neuron);
    }

    /** Every publication named in {@code data_sources}. */
    public SortedSet<String> sources() {
        return Collections.unmodifiableSortedSet(sources);
    }

    /** What was repaired while reading ({@link GapAsymmetry#AVERAGE}). */
    public List<String> warnings() {
        return warnings;
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }

    /** The header's columns and typed access to a row's cells. */
    private static final class Columns {
        private final Path file;
        private final Map<String, Integer> index = new HashMap<>();
        private final int width;

        Columns(Path file, List<String> header) throws InvalidInputException {
            this.file = file;
            this.width = header.size();
            for (int i = 0; i < header.size(); i++) {
                index.putIfAbsent(header.get(i).strip(), i);
            }
            for (String required : List.of("from_neuron", "to_neuron", "mean_gap_weight", "mean_chem_weight")) {
                Checks.input(has(required), file, required, "required column missing; the header is %s", header);
            }
        }

        int width() {
            return width;
        }

        boolean has(String column) {
            return index.containsKey(column);
        }

        String text(Csv.Row row, String column) {
            return row.fields().get(index.get(column)).strip();
        }

        /** A number; empty or {@code nan} reads as NaN. */
        double number(Csv.Row row, String column) throws InvalidInputException {
            String cell = text(row, column);
            if (cell.isEmpty() || cell.equalsIgnoreCase("nan")) {
                return Double.NaN;
            }
            try {
                return Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(file, column, "line " + row.line() + ": '" + cell
                        + "' is not a number");
            }
        }

        double weight(Csv.Row row, String column) throws InvalidInputException {
            double w = number(row, column);
            Checks.input(w >= 0 && Double.isFinite(w), file, column, "line %d: expected a finite weight >= 0, got %s",
                    row.line(), text(row, column));
            return w;
        }

        double[] position(Csv.Row row, String column) throws InvalidInputException {
            String cell = text(row, column);
            String body = cell.startsWith("(") && cell.endsWith(")") ? cell.substring(1, cell.length() - 1) : "";
            String[] parts = body.split(",");
            Checks.input(parts.length == 3, file, column, "line %d: expected \"(x, y, z)\", got '%s'", row.line(),
                    cell);
            double[] xyz = new double[3];
            for (int k = 0; k < 3; k++) {
                try {
                    xyz[k] = Double.parseDouble(parts[k].strip());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(file, column, "line " + row.line() + ": '" + cell
                            + "' has a coordinate that is not a number");
                }
            }
            return xyz;
        }
    }
}
