package org.neurobeam.connectome.community;

import java.util.SplittableRandom;
import org.neurobeam.connectome.graph.WeightedGraph;
import org.neurobeam.ingest.Checks;

/**
 * Weighted stochastic block model fitted by minimising the description length of {@link DescriptionLength}
 * (Dyballa et al. 2024 used graph-tool's {@code minimize_nested_blockmodel_dl} with real-exponential weights;
 * this is the flat simplification of notes §A.5).
 *
 * <p>Search, per start, a multilevel agglomeration in the spirit of graph-tool's (Peixoto 2014, Phys Rev E
 * 89:012804): node-move sweeps in a seeded random order (each node goes to the existing block that lowers Σ
 * most), then merges of disjoint pairs of blocks in increasing order of ΔΣ (scored once per round) until B
 * shrinks by a factor 1.3, repeated down to one block; the level of smallest Σ is polished by beneficial
 * merges and sweeps. (The notes' pure greedy
 * agglomeration from singletons collapses planted partitions into one block: early merges mix groups and
 * nothing repairs them.) Start 0 is all singletons (the notes' start); starts 1..
 * draw a uniform random partition into B₀ blocks, B₀ uniform in [2, 2⌈√N⌉] (our choice, for diversity). No
 * move creates a new block, and the nested hierarchy is not built.
 */
public final class WeightedSbm {

    private static final double IMPROVEMENT = 1e-9;
    private static final int MAX_ROUNDS = 100;
    private static final double SHRINK = 1.3;

    private WeightedSbm() {
    }

    /** Fits {@code graph} (at least one edge); same seed, same partition. */
    public static SbmFit fit(WeightedGraph graph, SbmConfig config) {
        int n = graph.size();
        Adjacency adjacency = Adjacency.of(graph);
        int[][] neighbours = adjacency.neighbours();
        double[][] weights = adjacency.weights();
        Checks.argument(adjacency.edges() > 0, "graph", "has no edge; a block model needs at least one");
        SbmFit best = null;
        for (boolean corrected : new boolean[] {false, true}) {
            if (config.degreeCorrection() == DegreeCorrection.CORRECTED && !corrected
                    || config.degreeCorrection() == DegreeCorrection.UNCORRECTED && corrected) {
                continue;
            }
            DescriptionLength dl = new DescriptionLength(corrected, n, adjacency.edges(), adjacency.meanWeight(),
                    config.weightShape());
            SplittableRandom random = new SplittableRandom(config.seed());
            for (int start = 0; start < config.restarts(); start++) {
                BlockState state = search(new BlockState(neighbours, weights, dl, initial(n, start, random)),
                        neighbours, weights, dl, random);
                double length = state.total();
                if (best == null || length < best.descriptionLength()) {
                    int[] labels = relabel(state.labels());
                    best = new SbmFit(labels, state.active().length, corrected, length);
                }
            }
        }
        return best;
    }

    private static int[] initial(int n, int start, SplittableRandom random) {
        int[] labels = new int[n];
        if (start == 0) {
            for (int i = 0; i < n; i++) {
                labels[i] = i;
            }
            return labels;
        }
        int blocks = Math.min(n, 2 + random.nextInt(Math.max(1, 2 * (int) Math.ceil(Math.sqrt(n)) - 1)));
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(blocks);
        }
        return labels;
    }

    /**
     * Multilevel descent: node-move sweeps, then the cheapest merges (even if Σ rises) until B has shrunk by
     * the factor {@value #SHRINK}, repeated down to one block; the level of smallest Σ is then polished with
     * beneficial merges and sweeps until neither changes the partition.
     */
    private static BlockState search(BlockState start, int[][] neighbours, double[][] weights,
            DescriptionLength dl, SplittableRandom random) {
        BlockState state = start;
        movePhase(state, random);
        int[] bestLabels = state.labels();
        double best = state.total();
        while (state.active().length > 1) {
            int target = Math.min(state.active().length - 1, (int) Math.floor(state.active().length / SHRINK));
            while (state.active().length > target) {
                mergeCheapest(state, target);
            }
            movePhase(state, random);
            double length = state.total();
            if (length < best) {
                best = length;
                bestLabels = state.labels();
            }
        }
        state = new BlockState(neighbours, weights, dl, bestLabels);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean merged = mergePhase(state);
            boolean moved = movePhase(state, random);
            if (!merged && !moved) {
                break;
            }
        }
        return state;
    }

    /**
     * Merges disjoint pairs of blocks in increasing order of ΔΣ, all scored on the current partition, until
     * {@code target} blocks remain or no disjoint pair is left (then the caller scores again).
     */
    private static void mergeCheapest(BlockState state, int target) {
        int[] active = state.active();
        int pairs = active.length * (active.length - 1) / 2;
        double[] delta = new double[pairs];
        Integer[] order = new Integer[pairs];
        int[][] pair = new int[pairs][];
        int k = 0;
        for (int a = 0; a < active.length; a++) {
            for (int b = a + 1; b < active.length; b++) {
                delta[k] = state.mergeDelta(active[a], active[b]);
                pair[k] = new int[] {active[a], active[b]};
                order[k] = k;
                k++;
            }
        }
        java.util.Arrays.sort(order, (u, v) -> Double.compare(delta[u], delta[v]));
        java.util.Set<Integer> touched = new java.util.HashSet<>();
        int remaining = active.length;
        for (int index : order) {
            if (remaining <= target) {
                break;
            }
            if (!touched.contains(pair[index][0]) && !touched.contains(pair[index][1])) {
                touched.add(pair[index][0]);
                touched.add(pair[index][1]);
                state.applyMerge(pair[index][0], pair[index][1]);
                remaining--;
            }
        }
    }

    private static boolean mergePhase(BlockState state) {
        boolean changed = false;
        while (state.active().length > 1) {
            int[] active = state.active();
            double bestDelta = -IMPROVEMENT;
            int bestR = -1;
            int bestS = -1;
            for (int a = 0; a < active.length; a++) {
                for (int b = a + 1; b < active.length; b++) {
                    double d = state.mergeDelta(active[a], active[b]);
                    if (d < bestDelta) {
                        bestDelta = d;
                        bestR = active[a];
                        bestS = active[b];
                    }
                }
            }
            if (bestR < 0) {
                break;
            }
            state.applyMerge(bestR, bestS);
            changed = true;
        }
        return changed;
    }

    private static boolean movePhase(BlockState state, SplittableRandom random) {
        int n = state.nodes();
        boolean changed = false;
        for (int sweep = 0; sweep < MAX_ROUNDS; sweep++) {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            boolean moved = false;
            for (int node : order) {
                double bestDelta = -IMPROVEMENT;
                int bestTarget = -1;
                for (int target : state.active()) {
                    if (target != state.label(node)) {
                        double d = state.moveDelta(node, target);
                        if (d < bestDelta) {
                            bestDelta = d;
                            bestTarget = target;
                        }
                    }
                }
                if (bestTarget >= 0) {
                    state.applyMove(node, bestTarget);
                    moved = true;
                }
            }
            if (!moved) {
                break;
            }
            changed = true;
        }
        return changed;
    }

    /** Labels 0..B−1 in order of first appearance. */
    static int[] relabel(int[] labels) {
        java.util.Map<Integer, Integer> map = new java.util.HashMap<>();
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = map.computeIfAbsent(labels[i], k -> map.size());
        }
        return out;
    }
}
