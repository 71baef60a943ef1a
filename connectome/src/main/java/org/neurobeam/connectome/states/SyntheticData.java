package org.neurobeam.connectome.states;

import java.util.List;

/**
 * Ground truth and counts from {@link SyntheticGenerator}.
 *
 * @param sequences spike counts {@code [time][unit]} per sequence
 * @param statePaths true state per bin per sequence
 * @param weights true W_s {@code [state][post][pre]}
 * @param bias true bias per unit (shared by the states)
 * @param adjacency true classes −1/0/+1 {@code [state][post][pre]}
 * @param prior true π {@code [post][pre][inh, none, exc]}
 */
public record SyntheticData(List<double[][]> sequences, List<int[]> statePaths, double[][][] weights,
        double[] bias, int[][][] adjacency, double[][][] prior) {
}
