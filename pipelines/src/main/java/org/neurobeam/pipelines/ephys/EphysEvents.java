package org.neurobeam.pipelines.ephys;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neurobeam.cohorts.Event;
import org.neurobeam.cohorts.Events;
import org.neurobeam.cohorts.RecordingRef;
import org.neurobeam.ingest.ephys.Annotation;
import org.neurobeam.ingest.ephys.ChannelType;
import org.neurobeam.ingest.ephys.RawInfo;
import org.neurobeam.ingest.ephys.RawReader;
import org.neurobeam.ingest.ephys.TriggerEvent;

/** The events of a recording: its annotations, its decoded triggers and its BIDS {@code events.tsv} rows. */
final class EphysEvents {

    static final String ANNOTATION = "annotation";
    static final String TRIGGER = "trigger";
    static final String EVENTS_TSV = "events.tsv";

    /**
     * One event.
     *
     * @param onset       seconds from the recording's start
     * @param duration    seconds, or null where the source gives none
     * @param description text, trigger value or {@code trial_type}
     * @param source      {@link #ANNOTATION}, {@link #TRIGGER} or {@link #EVENTS_TSV}
     */
    record Item(double onset, Double duration, String description, String source) {
    }

    private EphysEvents() {
    }

    /** Annotations, then triggers, then events.tsv rows. */
    static List<Item> of(RecordingRef ref, RawReader reader) throws IOException {
        RawInfo info = reader.info();
        List<Item> items = new ArrayList<>();
        for (Annotation a : info.annotations()) {
            items.add(new Item(a.onset(), a.duration(), a.description(), ANNOTATION));
        }
        for (TriggerEvent t : reader.events()) {
            items.add(new Item(onset(info, t), null, Integer.toString(t.value()), TRIGGER));
        }
        if (ref.eventsPath() != null) {
            for (Event e : Events.read(Path.of(ref.eventsPath())).events()) {
                items.add(new Item(e.onset(), Double.isNaN(e.duration()) ? null : e.duration(), e.trialType() == null ? "n/a" : e.trialType(),
                        EVENTS_TSV));
            }
        }
        return items;
    }

    /** Seconds from the recording's start of a trigger, timed at the first stim channel's rate. */
    static double onset(RawInfo info, TriggerEvent trigger) {
        int stim = 0;
        while (info.channels().get(stim).type() != ChannelType.STIM) {
            stim++;
        }
        return info.timeOf(stim, trigger.sample());
    }

    /** The events epochs are cut around: the events.tsv rows where there are any, else the triggers. */
    static List<Item> forEpochs(List<Item> all) {
        List<Item> tsv = all.stream().filter(i -> i.source().equals(EVENTS_TSV)).toList();
        return tsv.isEmpty() ? all.stream().filter(i -> i.source().equals(TRIGGER)).toList() : tsv;
    }
}
