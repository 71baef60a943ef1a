package org.neurobeam.ingest.celegans;

import java.io.Serializable;
import java.util.Comparator;

/**
 * The key of one animal in the collection: worm ids ({@code worm0}, ...) are unique only within a
 * {@code source_dataset}, so the pair is the key (notes connectome.md §E.3).
 */
public record WormKey(String sourceDataset, String worm) implements Serializable, Comparable<WormKey> {

    private static final long serialVersionUID = 1L;
    private static final Comparator<WormKey> ORDER =
            Comparator.comparing(WormKey::sourceDataset).thenComparing(WormKey::worm);

    @Override
    public int compareTo(WormKey other) {
        return ORDER.compare(this, other);
    }

    /** {@code source_dataset/worm}, e.g. {@code Kato2015/worm3}. */
    @Override
    public String toString() {
        return sourceDataset + "/" + worm;
    }
}
