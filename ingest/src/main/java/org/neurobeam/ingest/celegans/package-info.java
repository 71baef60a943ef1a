/**
 * The homogenized C. elegans neural-activity and connectivity collection (Simeon, Astrom, Kashyap, Kording,
 * Boyden; arXiv 2411.12091; github.com/qsimeon/worm-data-preprocess): the Parquet activity table, one row per
 * worm × neuron ({@link WormCollectionReader}, {@link WormActivity}), and the consensus connectome CSV
 * ({@link ConsensusConnectome}).
 */
package org.neurobeam.ingest.celegans;
