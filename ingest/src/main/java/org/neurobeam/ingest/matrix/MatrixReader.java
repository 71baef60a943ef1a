package org.neurobeam.ingest.matrix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.Modality;
import org.neurobeam.ingest.npy.NpyArray;
import org.neurobeam.ingest.npy.NpyHeader;
import org.neurobeam.ingest.npy.NpyReader;

/**
 * Reads a plain time × units matrix, {@code .npy} (1-d: one unit; 2-d: rows are samples, any numeric
 * dtype, C or Fortran order) or {@code .csv} (see {@code CsvMatrix}), with a sampling rate the caller
 * supplies. The whole matrix is loaded; for large {@code .npy} files use {@link NpyReader#readRows}.
 */
public final class MatrixReader {

    private MatrixReader() {
    }

    /** Reads {@code file} sampled at {@code rate} Hz, its values measuring {@code modality}. */
    public static MatrixSeries read(Path file, double rate, Modality modality) throws IOException {
        Checks.positive(rate, "rate");
        Checks.argument(modality != null, "modality", "required");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".npy")) {
            return new MatrixSeries(file, rate, modality, List.of(), npy(file));
        }
        if (name.endsWith(".csv")) {
            CsvMatrix csv = CsvMatrix.read(file);
            return new MatrixSeries(file, rate, modality, csv.names(), csv.rows());
        }
        throw new InvalidInputException(file, null, "expected a .npy or .csv matrix");
    }

    private static double[][] npy(Path file) throws IOException {
        try (NpyReader reader = NpyReader.open(file)) {
            NpyHeader header = reader.header();
            long[] shape = header.shape();
            Checks.input((shape.length == 1 || shape.length == 2) && header.dtype().type().isNumeric(), file,
                    "shape", "expected a 1-d or 2-d numeric array (time x units), got %s", header);
            NpyArray array = reader.readAll();
            int frames = (int) shape[0];
            int units = shape.length == 2 ? (int) shape[1] : 1;
            double[][] rows = new double[frames][units];
            for (int t = 0; t < frames; t++) {
                for (int u = 0; u < units; u++) {
                    rows[t][u] = array.getDouble(t * units + u);
                }
            }
            return rows;
        }
    }
}
