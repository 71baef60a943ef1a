package org.neurobeam.ingest.celegans;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * The slot rule of labelled neurons across the rows of one file. In the collection a labelled neuron's slot is
 * its index in the 300 hermaphrodite labels sorted in plain string order ({@code "AS1" < "AS10" < "AS2"};
 * notes connectome.md §E.1, §E.2 step 8). That list (the preprocessing's master sheet) is not available
 * offline, so instead of comparing with it this checks what the rule implies and can be seen in a file: a slot
 * is in 0..299, one label has one slot everywhere, distinct labels have distinct slots, and slots increase with
 * the labels' string order. Unlabelled neurons sit in random free slots and are not checked here.
 */
public final class LabelSlots {

    /** Size of the neuron universe: 300 hermaphrodite neurons (CANL, CANR excluded). */
    public static final int SLOTS = 300;

    private final TreeMap<String, Integer> byLabel = new TreeMap<>();
    private final Map<Integer, String> bySlot = new HashMap<>();

    /** Records the slot of labelled {@code n}; fails when it contradicts a slot seen before in {@code file}. */
    public void check(Path file, NeuronActivity n) throws InvalidInputException {
        Checks.input(n.slot() >= 0 && n.slot() < SLOTS, file, "slot", "%s: slot %d outside 0..%d", n.describe(),
                n.slot(), SLOTS - 1);
        if (!n.labelled()) {
            return;
        }
        String label = n.neuron();
        Integer seen = byLabel.get(label);
        if (seen != null) {
            Checks.input(seen == n.slot(), file, "slot", "%s: slot %d, but the label has slot %d in other rows",
                    n.describe(), n.slot(), seen);
            return;
        }
        String holder = bySlot.get(n.slot());
        Checks.input(holder == null, file, "slot", "%s: slot %d is already the slot of label '%s'", n.describe(),
                n.slot(), holder);
        Map.Entry<String, Integer> below = byLabel.lowerEntry(label);
        Map.Entry<String, Integer> above = byLabel.higherEntry(label);
        Checks.input(below == null || below.getValue() < n.slot(), file, "slot",
                "%s: slot %d is not above slot %d of '%s', which sorts before it", n.describe(), n.slot(),
                below == null ? 0 : below.getValue(), below == null ? "" : below.getKey());
        Checks.input(above == null || above.getValue() > n.slot(), file, "slot",
                "%s: slot %d is not below slot %d of '%s', which sorts after it", n.describe(), n.slot(),
                above == null ? 0 : above.getValue(), above == null ? "" : above.getKey());
        byLabel.put(label, n.slot());
        bySlot.put(n.slot(), label);
    }
}
