package org.neurobeam.pipelines.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.pipelines.tables.FailuresTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one recording and emits its {@code recordings} row, or a {@code failures} row naming the data
 * file when it cannot be read. Also emits what provenance needs: the checksums of the files read (data
 * file, sidecars, events) and notes such as a repetition time taken from the header.
 */
final class ReadRecordingFn extends DoFn<RecordingRef, Row> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ReadRecordingFn.class);

    static final TupleTag<Row> RECORDINGS = new TupleTag<>() { };
    static final TupleTag<Row> FAILURES = new TupleTag<>() { };
    /** (file path, sha256) of every input file read. */
    static final TupleTag<KV<String, String>> CHECKSUMS = new TupleTag<>() { };
    /** Recordings read successfully, with their {@code recordings} row, for the analysis stages. */
    static final TupleTag<KV<RecordingRef, Row>> READ_RUNS = new TupleTag<>() { };
    /** (data file path, note) for provenance. */
    static final TupleTag<KV<String, String>> NOTES = new TupleTag<>() { };

    static final String NAMESPACE = "neurobeam";
    static final String READ = "recordings_read";
    static final String FAILED = "recordings_failed";

    private final boolean failFast;
    private final Counter read = Metrics.counter(NAMESPACE, READ);
    private final Counter failed = Metrics.counter(NAMESPACE, FAILED);

    ReadRecordingFn(boolean failFast) {
        this.failFast = failFast;
    }

    @ProcessElement
    public void process(@Element RecordingRef ref, MultiOutputReceiver out) {
        try {
            ReadResult result = RecordingReaders.of(ref.modality()).read(ref);
            out.get(RECORDINGS).output(result.row());
            out.get(READ_RUNS).output(KV.of(ref, result.row()));
            out.get(CHECKSUMS).output(KV.of(ref.path(), result.row().getString("sha256")));
            for (String note : result.notes()) {
                LOG.warn("{}: {}", ref.path(), note);
                out.get(NOTES).output(KV.of(ref.path(), note));
            }
            for (String sidecar : sidecarsOf(ref)) {
                out.get(CHECKSUMS).output(KV.of(sidecar, FileChecksums.sha256(Path.of(sidecar))));
            }
            read.inc();
            LOG.info("read {} ({}, shape {})", ref.recordingId(), ref.modality().label(),
                    result.row().getArray("shape"));
        } catch (IOException | RuntimeException e) {
            if (failFast) {
                throw new RecordingFailedException(ref.path(), e);
            }
            failed.inc();
            String message = String.valueOf(e.getMessage());
            LOG.warn("read failed: {}", message.contains(ref.path()) ? message : ref.path() + ": " + message);
            out.get(FAILURES).output(FailuresTable.row(ref.path(), "read", e));
        }
    }

    private static List<String> sidecarsOf(RecordingRef ref) {
        List<String> files = new ArrayList<>(ref.sidecarFiles());
        if (ref.eventsPath() != null) {
            files.add(ref.eventsPath());
        }
        return files;
    }
}
