package org.neurobeam.ingest.ephys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Event sequences checked against {@code mne.find_events(raw, shortest_event=1)} of MNE 1.3 on a
 * 100 Hz RawArray holding each sequence in a stim channel (results copied below).
 */
class StimDecoderTest {

    private static List<TriggerEvent> decode(int[]... chunks) {
        StimDecoder decoder = new StimDecoder();
        for (int[] chunk : chunks) {
            decoder.feed(chunk);
        }
        return decoder.events();
    }

    @Test
    void matchesMneFindEvents() {
        // [3,3,0,0,1,1,0] -> [[4, 0, 1]]
        assertEquals(List.of(new TriggerEvent(4, 0, 1)), decode(new int[] {3, 3, 0, 0, 1, 1, 0}));
        // [0,1,1,2,2,0,0,4,4,1,0] -> [[1, 0, 1], [3, 1, 2], [7, 0, 4]]
        assertEquals(List.of(new TriggerEvent(1, 0, 1), new TriggerEvent(3, 1, 2), new TriggerEvent(7, 0, 4)),
                decode(new int[] {0, 1, 1, 2, 2, 0, 0, 4, 4, 1, 0}));
        // [0,5,5,0,0,6,6,6] -> [[1, 0, 5], [5, 0, 6]]
        assertEquals(List.of(new TriggerEvent(1, 0, 5), new TriggerEvent(5, 0, 6)),
                decode(new int[] {0, 5, 5, 0, 0, 6, 6, 6}));
        // [0,-2,-2,0,3,0] -> [[1, 0, 2], [4, 0, 3]]
        assertEquals(List.of(new TriggerEvent(1, 0, 2), new TriggerEvent(4, 0, 3)),
                decode(new int[] {0, -2, -2, 0, 3, 0}));
        // [0,3,1,0] -> [[1, 0, 3]]
        assertEquals(List.of(new TriggerEvent(1, 0, 3)), decode(new int[] {0, 3, 1, 0}));
    }

    @Test
    void chunkBoundariesDoNotMatter() {
        assertEquals(decode(new int[] {0, 1, 1, 2, 2, 0, 0, 4, 4, 1, 0}),
                decode(new int[] {0}, new int[] {1}, new int[] {1, 2}, new int[] {}, new int[] {2, 0, 0, 4, 4, 1, 0}));
    }
}
