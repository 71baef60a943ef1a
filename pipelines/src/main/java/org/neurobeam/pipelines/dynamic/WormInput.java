package org.neurobeam.pipelines.dynamic;

import java.io.Serializable;
import java.util.List;
import org.neurobeam.ingest.celegans.CollectionConfig;

/**
 * The C. elegans collection as input of {@code neurobeam dynamic --worms}: each {@code (source_dataset, worm)}
 * is one animal, its neurons the units ({@link WormCollection}).
 *
 * @param files          collection Parquet files
 * @param sourceDatasets the datasets kept; empty keeps all
 * @param config         the signal column read and the collection's dt
 */
record WormInput(List<String> files, List<String> sourceDatasets, CollectionConfig config) implements Serializable {

    private static final long serialVersionUID = 1L;

    WormInput {
        files = List.copyOf(files);
        sourceDatasets = List.copyOf(sourceDatasets);
    }
}
