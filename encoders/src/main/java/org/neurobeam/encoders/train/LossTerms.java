package org.neurobeam.encoders.train;

import ai.djl.ndarray.NDArray;
import java.util.Map;

/** A batch's scalar loss to minimise and its named terms, reported per epoch. */
public record LossTerms(NDArray total, Map<String, NDArray> terms) {
}
