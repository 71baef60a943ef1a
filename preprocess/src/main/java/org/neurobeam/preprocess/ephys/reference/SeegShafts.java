package org.neurobeam.preprocess.ephys.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bipolar pairs along sEEG shafts (electrodes): contact names are a shaft label followed by a contact
 * number ({@code LA1, LA2, ...}, also {@code LA01} or {@code B'3}); contacts of the same label with
 * consecutive numbers form the pairs {@code LA1-LA2, LA2-LA3, ...}. A gap in the numbering (a missing
 * or excluded contact) breaks the chain; names without a trailing number are ignored. Not an MNE
 * function: MNE leaves the pair list to the user ({@code set_bipolar_reference(anode, cathode)}).
 */
public final class SeegShafts {

    private static final Pattern CONTACT = Pattern.compile("^(.*?)(\\d+)$");

    private SeegShafts() {
    }

    /** An anode-cathode pair; the derived channel is {@code anode - cathode}. */
    public record Pair(String anode, String cathode) {
    }

    /** Pairs of consecutive contacts, shafts in order of first appearance, contacts by number. */
    public static List<Pair> bipolarPairs(List<String> channelNames) {
        Map<String, TreeMap<Integer, String>> shafts = new LinkedHashMap<>();
        for (String name : channelNames) {
            Matcher m = CONTACT.matcher(name.trim());
            if (m.matches() && !m.group(1).isEmpty()) {
                shafts.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(Integer.parseInt(m.group(2)), name);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (TreeMap<Integer, String> contacts : shafts.values()) {
            for (Map.Entry<Integer, String> e : contacts.entrySet()) {
                String next = contacts.get(e.getKey() + 1);
                if (next != null) {
                    pairs.add(new Pair(e.getValue(), next));
                }
            }
        }
        return pairs;
    }

    /** {@link Rereference#bipolar} over {@link #bipolarPairs} of the channels' names. */
    public static Channels bipolar(Channels channels) {
        List<Pair> pairs = bipolarPairs(channels.names());
        return Rereference.bipolar(channels, pairs.stream().map(Pair::anode).toList(),
                pairs.stream().map(Pair::cathode).toList());
    }
}
