package org.neurobeam.pipelines.ephys;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.neurobeam.ingest.edf.EdfReader;
import org.neurobeam.ingest.edf.EdfVariant;
import org.neurobeam.ingest.ephys.Annotation;
import org.neurobeam.ingest.ephys.Channel;
import org.neurobeam.ingest.ephys.RawInfo;
import org.neurobeam.ingest.ephys.RawReader;
import org.neurobeam.ingest.ephys.TriggerEvent;
import org.neurobeam.ingest.fif.FifReader;

/**
 * The {@code inspect} report of an EDF/BDF, BrainVision or FIF recording as one JSON object: {@code format},
 * {@code path}, {@code meas_date} (ISO-8601 UTC with sub-seconds, null when unknown), {@code channels},
 * {@code annotations}, {@code events} (decoded triggers, onsets in seconds) and, when asked, {@code samples}:
 * the first N values of each channel in SI units at its native rate.
 */
public final class EphysInspection {

    private EphysInspection() {
    }

    /** Inspects {@code file}; {@code samples} is null or the number of values per channel to include. */
    public static ObjectNode inspect(Path file, Integer samples) throws IOException {
        try (RawReader reader = EphysRecording.open(file)) {
            RawInfo info = reader.info();
            ObjectNode out = new ObjectMapper().createObjectNode();
            out.put("path", file.toAbsolutePath().normalize().toString());
            out.put("format", format(reader));
            if (info.start() == null) {
                out.putNull("meas_date");
            } else {
                out.put("meas_date", info.start().toString());
            }
            ArrayNode channels = out.putArray("channels");
            for (Channel c : info.channels()) {
                channels.addObject().put("name", c.name()).put("type", EphysSignals.typeName(c.type()))
                        .put("unit", c.unit()).put("sfreq", c.sampleRate()).put("n_samples", c.sampleCount());
            }
            ArrayNode annotations = out.putArray("annotations");
            for (Annotation a : info.annotations()) {
                ObjectNode node = annotations.addObject().put("onset", a.onset());
                if (a.duration() == null) {
                    node.putNull("duration");
                } else {
                    node.put("duration", a.duration());
                }
                node.put("description", a.description());
            }
            ArrayNode events = out.putArray("events");
            for (TriggerEvent t : reader.events()) {
                events.addObject().put("onset", EphysEvents.onset(info, t)).put("value", t.value());
            }
            if (samples != null) {
                ObjectNode values = out.putObject("samples");
                for (int c = 0; c < info.channels().size(); c++) {
                    int n = (int) Math.min(samples, info.channels().get(c).sampleCount());
                    ArrayNode list = values.putArray(info.channels().get(c).name());
                    for (double v : reader.read(c, 0, n)) {
                        list.add(v);
                    }
                }
            }
            return out;
        }
    }

    /** {@code edf}, {@code edf+}, {@code bdf}, {@code bdf+}, {@code brainvision} or {@code fif}. */
    private static String format(RawReader reader) {
        if (reader instanceof EdfReader edf) {
            EdfVariant v = edf.header().variant();
            return (v.sampleBytes() == 2 ? "edf" : "bdf") + (v.isPlus() ? "+" : "");
        }
        return reader instanceof FifReader ? "fif" : "brainvision";
    }
}
