package org.neurobeam.encoders.train;

import java.util.Map;

/**
 * One epoch of training: mean loss and mean loss terms over the training batches and, when samples are held
 * out, over the validation batches ({@code null} otherwise), the learning rate at the epoch's end and its
 * duration.
 */
public record EpochMetrics(int epoch, double trainLoss, Double validationLoss, Map<String, Double> trainTerms,
        Map<String, Double> validationTerms, double learningRate, double seconds) {
}
