package org.neurobeam.connectome.community;

/**
 * Mutable block statistics of a partition (sizes, degree sums, edge counts and weight sums between blocks)
 * with the description-length change of a node move or a block merge, computed from the touched blocks only.
 * Block slots are 0..N−1; a slot is active while non-empty.
 */
final class BlockState {

    private final int[][] neighbours;
    private final double[][] weights;
    private final int[] degree;
    private final DescriptionLength dl;
    private final int[] labels;
    private final int[] size;
    private final int[] degrees;
    private final int[][] count;
    private final double[][] weight;
    private final boolean[] seen;
    private int[] active;

    BlockState(int[][] neighbours, double[][] weights, DescriptionLength dl, int[] labels) {
        int n = neighbours.length;
        this.neighbours = neighbours;
        this.weights = weights;
        this.dl = dl;
        this.degree = new int[n];
        for (int i = 0; i < n; i++) {
            degree[i] = neighbours[i].length;
        }
        this.labels = labels.clone();
        this.size = new int[n];
        this.degrees = new int[n];
        this.count = new int[n][n];
        this.weight = new double[n][n];
        this.seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            size[labels[i]]++;
            degrees[labels[i]] += degree[i];
            for (int k = 0; k < neighbours[i].length; k++) {
                int j = neighbours[i][k];
                if (i < j) {
                    addEdge(labels[i], labels[j], 1, weights[i][k]);
                }
            }
        }
        refreshActive();
    }

    int[] labels() {
        return labels.clone();
    }

    int[] active() {
        return active;
    }

    int label(int node) {
        return labels[node];
    }

    int nodes() {
        return labels.length;
    }

    /** The whole description length. */
    double total() {
        double s = dl.blocks(active.length) + dl.constant(degree);
        for (int a = 0; a < active.length; a++) {
            int r = active[a];
            s += dl.block(size[r], degrees[r]) + dl.inside(count[r][r], weight[r][r]);
            for (int b = a + 1; b < active.length; b++) {
                s += dl.between(count[r][active[b]], weight[r][active[b]]);
            }
        }
        return s;
    }

    /**
     * ΔΣ of moving {@code node} to the active block {@code target}; the state is left unchanged. Only the
     * terms of the two blocks and of their pairs with the blocks of the node's neighbours change, so the cost
     * is O(degree).
     */
    double moveDelta(int node, int target) {
        int source = labels[node];
        if (source == target) {
            return 0;
        }
        int[] others = neighbourBlocks(node, source, target);
        double before = local(source, target, others) + dl.blocks(active.length);
        move(node, source, target);
        double after = local(source, target, others) + dl.blocks(active.length - (size[source] == 0 ? 1 : 0));
        move(node, target, source);
        return after - before;
    }

    /** Distinct blocks of the neighbours of {@code node}, other than r and s. */
    private int[] neighbourBlocks(int node, int r, int s) {
        int[] blocks = new int[neighbours[node].length];
        int k = 0;
        for (int j : neighbours[node]) {
            int b = labels[j];
            if (b != r && b != s && !seen[b]) {
                seen[b] = true;
                blocks[k++] = b;
            }
        }
        for (int i = 0; i < k; i++) {
            seen[blocks[i]] = false;
        }
        return java.util.Arrays.copyOf(blocks, k);
    }

    private double local(int r, int s, int[] others) {
        double t = dl.block(size[r], degrees[r]) + dl.block(size[s], degrees[s])
                + dl.inside(count[r][r], weight[r][r]) + dl.inside(count[s][s], weight[s][s])
                + dl.between(count[r][s], weight[r][s]);
        for (int u : others) {
            t += dl.between(count[r][u], weight[r][u]) + dl.between(count[s][u], weight[s][u]);
        }
        return t;
    }

    /** Moves {@code node} to {@code target}. */
    void applyMove(int node, int target) {
        move(node, labels[node], target);
        refreshActive();
    }

    /** ΔΣ of merging active block {@code r} into active block {@code s}. */
    double mergeDelta(int r, int s) {
        double before = touched(r, s) + dl.blocks(active.length);
        double after = dl.block(size[r] + size[s], degrees[r] + degrees[s])
                + dl.inside(count[r][r] + count[s][s] + count[r][s], weight[r][r] + weight[s][s] + weight[r][s])
                + dl.blocks(active.length - 1);
        for (int t : active) {
            if (t != r && t != s) {
                after += dl.between(count[r][t] + count[s][t], weight[r][t] + weight[s][t]);
            }
        }
        return after - before;
    }

    /** Merges block {@code r} into {@code s}. */
    void applyMerge(int r, int s) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == r) {
                move(i, r, s);
            }
        }
        refreshActive();
    }

    private double touched(int r, int s) {
        double t = dl.block(size[r], degrees[r]) + dl.block(size[s], degrees[s])
                + dl.inside(count[r][r], weight[r][r]) + dl.inside(count[s][s], weight[s][s])
                + dl.between(count[r][s], weight[r][s]);
        for (int u : active) {
            if (u != r && u != s) {
                t += dl.between(count[r][u], weight[r][u]) + dl.between(count[s][u], weight[s][u]);
            }
        }
        return t;
    }

    private void move(int node, int from, int to) {
        for (int k = 0; k < neighbours[node].length; k++) {
            int t = labels[neighbours[node][k]];
            double w = weights[node][k];
            addEdge(from, t, -1, -w);
            addEdge(to, t, 1, w);
        }
        size[from]--;
        size[to]++;
        degrees[from] -= degree[node];
        degrees[to] += degree[node];
        labels[node] = to;
    }

    private void addEdge(int r, int s, int edges, double w) {
        count[r][s] += edges;
        weight[r][s] += w;
        if (r != s) {
            count[s][r] += edges;
            weight[s][r] += w;
        } else if (count[r][r] == 0) {
            weight[r][r] = 0;
        }
        if (r != s && count[r][s] == 0) {
            weight[r][s] = 0;
            weight[s][r] = 0;
        }
    }

    private void refreshActive() {
        int b = 0;
        for (int s : size) {
            b += s > 0 ? 1 : 0;
        }
        active = new int[b];
        int k = 0;
        for (int r = 0; r < size.length; r++) {
            if (size[r] > 0) {
                active[k++] = r;
            }
        }
    }
}
