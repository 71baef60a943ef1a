package org.neurobeam.ingest.nwb;

import java.util.Optional;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.Modality;

/**
 * Sorted units ({@code /units}, NWB core schema Units, a DynamicTable): ragged {@code spike_times}
 * (seconds) with {@code spike_times_index}, optional ragged {@code obs_intervals} (start, stop pairs)
 * and {@code electrodes} (a DynamicTableRegion into the electrodes table, ragged by
 * {@code electrodes_index}). Indexes are validated when first used; one unit's spikes are read as one
 * slice.
 */
public final class NwbUnits {

    private final DynamicTable table;

    NwbUnits(DynamicTable table) {
        this.table = table;
    }

    /** The table itself, for ids and extra columns. */
    public DynamicTable table() {
        return table;
    }

    public Modality modality() {
        return Modality.SPIKES;
    }

    /** Number of units. */
    public int size() {
        return table.rows();
    }

    /** Unit ids. */
    public long[] ids() {
        return table.ids();
    }

    /** Spike times of unit {@code unit}, seconds. */
    public double[] spikeTimes(int unit) throws InvalidInputException {
        double[][] rows = table.raggedRow("spike_times", unit);
        double[] times = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            times[i] = rows[i][0];
        }
        return times;
    }

    /** Observation intervals of unit {@code unit} as (start, stop) rows, when the column exists. */
    public Optional<double[][]> obsIntervals(int unit) throws InvalidInputException {
        return table.columns().contains("obs_intervals") ? Optional.of(table.raggedRow("obs_intervals", unit))
                : Optional.empty();
    }

    /** Electrode-table rows of unit {@code unit}, when the column exists. */
    public Optional<long[]> electrodes(int unit) throws InvalidInputException {
        if (!table.columns().contains("electrodes")) {
            return Optional.empty();
        }
        double[][] rows = table.raggedRow("electrodes", unit);
        long[] out = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = (long) rows[i][0];
        }
        return Optional.of(out);
    }

    /** Path of the electrodes table the {@code electrodes} column references, when the column exists. */
    public Optional<String> electrodesTable() throws InvalidInputException {
        return table.columns().contains("electrodes") ? Optional.of(table.regionTable("electrodes"))
                : Optional.empty();
    }
}
