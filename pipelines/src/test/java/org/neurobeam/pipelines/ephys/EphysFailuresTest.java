package org.neurobeam.pipelines.ephys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.pipelines.ParquetTableReader;
import org.neurobeam.pipelines.run.RunConfig;
import org.neurobeam.pipelines.run.RunPipeline;

/**
 * Broken EEG files in a BIDS dataset each land in {@code failures} with stage {@code read}, naming the data
 * file and the header field, while the good recording completes. The EDF header is edited at the offsets the
 * EDF specification gives (number of data records at byte 236, the signals' digital maximum after the
 * per-signal label, transducer, dimension, physical and digital minimum fields).
 */
class EphysFailuresTest {

    @Test
    void badHeadersAndMissingFilesAreFailuresNamingFileAndField(@TempDir Path work) throws IOException {
        Path root = work.resolve("ds");
        Files.createDirectories(root);
        Files.writeString(root.resolve("dataset_description.json"), "{\"Name\": \"bad\", \"BIDSVersion\": \"1.8.0\"}");
        byte[] edf = Files.readAllBytes(SharedData.file("eeg/sim_edfplus.edf"));
        Path good = write(root, "01", ".edf", edf);

        byte[] records = edf.clone();
        ascii(records, 236, 8, "9");
        Path wrongRecords = write(root, "02", ".edf", records);

        byte[] flat = edf.clone();
        int signals = Integer.parseInt(new String(edf, 252, 4, StandardCharsets.US_ASCII).trim());
        int digitalMin = 256 + signals * (16 + 80 + 8 + 8 + 8);
        ascii(flat, digitalMin + signals * 8, 8, new String(edf, digitalMin, 8, StandardCharsets.US_ASCII).trim());
        Path flatSignal = write(root, "03", ".edf", flat);

        Path vhdr = write(root, "04", ".vhdr", ("Brain Vision Data Exchange Header File Version 1.0\n[Common Infos]\n"
                + "Codepage=UTF-8\nDataFile=sub-04_task-rest_eeg.eeg\nMarkerFile=sub-04_task-rest_eeg.vmrk\n"
                + "DataFormat=BINARY\nDataOrientation=MULTIPLEXED\nNumberOfChannels=1\nSamplingInterval=4000\n"
                + "[Binary Infos]\nBinaryFormat=INT_16\n[Channel Infos]\nCh1=Fz,,0.1,µV\n")
                .getBytes(StandardCharsets.UTF_8));

        Path out = work.resolve("out");
        RunPipeline.run(new RunConfig(root, out, false, List.of("test"),
                List.of(new EphysStage(new EphysSettings(null, null, false, "none", null, null, null)))),
                PipelineOptionsFactory.create(), line -> { });

        Map<String, Map<String, Object>> failures = new HashMap<>();
        for (Map<String, Object> row : ParquetTableReader.read(out.resolve("failures"))) {
            if ("read".equals(row.get("stage"))) {
                failures.put((String) row.get("path"), row);
            }
        }
        assertFailure(failures, wrongRecords, "records");
        assertFailure(failures, flatSignal, "digital");
        assertFailure(failures, vhdr, "DataFile");
        assertEquals(3, failures.size(), failures.toString());
        assertEquals(List.of(good.toString()), ParquetTableReader.read(out.resolve("recordings")).stream()
                .map(r -> (String) r.get("path")).toList());
    }

    private static void assertFailure(Map<String, Map<String, Object>> failures, Path file, String field) {
        Map<String, Object> row = failures.get(file.toString());
        assertTrue(row != null, "no read failure for " + file + " in " + failures.keySet());
        String message = (String) row.get("message");
        assertTrue(message.contains(file.getFileName().toString()) && message.toLowerCase().contains(field.toLowerCase()),
                message);
    }

    private static Path write(Path root, String subject, String extension, byte[] bytes) throws IOException {
        Path folder = Files.createDirectories(root.resolve("sub-" + subject + "/eeg"));
        Path file = folder.resolve("sub-" + subject + "_task-rest_eeg" + extension);
        Files.write(file, bytes);
        return file;
    }

    private static void ascii(byte[] header, int offset, int width, String value) {
        String padded = String.format("%-" + width + "s", value);
        System.arraycopy(padded.getBytes(StandardCharsets.US_ASCII), 0, header, offset, width);
    }
}
