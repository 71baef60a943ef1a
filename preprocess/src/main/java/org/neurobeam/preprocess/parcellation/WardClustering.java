package org.neurobeam.preprocess.parcellation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Agglomerative clustering with Ward's criterion under a connectivity constraint, as scikit-learn's
 * {@code ward_tree(connectivity=...)}: starting from single rows, repeatedly merge the pair of
 * connected clusters whose merge least increases the within-cluster sum of squares,
 * n_a n_b / (n_a + n_b) |mean_a - mean_b|^2 (ties broken by the newer node first, as sklearn's heap of
 * (cost, node, neighbour) tuples); the merged cluster is connected to the neighbours of both. Stops at
 * the requested number of clusters, or earlier when no connected pair is left (disconnected graph:
 * one cluster per remaining component at least; sklearn would first join the components).
 */
final class WardClustering {

    /** Cluster of each row (0..clusters-1), the number of clusters and the total within-cluster sum of squares. */
    record Result(int[] assignment, int clusters, double inertia) {
    }

    private record Merge(double cost, int node, int neighbour) {
    }

    private static final Comparator<Merge> ORDER = Comparator.comparingDouble(Merge::cost)
            .thenComparingInt(Merge::node).thenComparingInt(Merge::neighbour);

    private WardClustering() {
    }

    /** Clusters {@code rows}; {@code neighbours[n]} lists the rows connected to row n (symmetric). */
    static Result fit(double[][] rows, int[][] neighbours, int clusters) {
        int leaves = rows.length;
        int nodes = 2 * leaves - 1;
        int[] size = new int[nodes];
        double[][] sum = new double[nodes][];
        int[] parent = new int[nodes];
        List<Set<Integer>> links = new ArrayList<>(nodes);
        PriorityQueue<Merge> queue = new PriorityQueue<>(ORDER);
        for (int n = 0; n < leaves; n++) {
            size[n] = 1;
            sum[n] = rows[n].clone();
            parent[n] = -1;
            Set<Integer> set = new LinkedHashSet<>();
            for (int m : neighbours[n]) {
                set.add(m);
                if (m < n) {
                    queue.add(new Merge(cost(size, sum, n, m), n, m));
                }
            }
            links.add(set);
        }
        int alive = leaves;
        double inertia = 0;
        for (int k = leaves; alive > clusters && !queue.isEmpty(); ) {
            Merge merge = queue.poll();
            int a = merge.node();
            int b = merge.neighbour();
            if (sum[a] == null || sum[b] == null) {
                continue;
            }
            inertia += merge.cost();
            size[k] = size[a] + size[b];
            sum[k] = sum[a];
            for (int d = 0; d < sum[k].length; d++) {
                sum[k][d] += sum[b][d];
            }
            sum[a] = null;
            sum[b] = null;
            parent[a] = k;
            parent[b] = k;
            parent[k] = -1;
            Set<Integer> set = new LinkedHashSet<>(links.get(a));
            set.addAll(links.get(b));
            set.remove(a);
            set.remove(b);
            links.set(a, null);
            links.set(b, null);
            for (int u : set) {
                Set<Integer> other = links.get(u);
                other.remove(a);
                other.remove(b);
                other.add(k);
                queue.add(new Merge(cost(size, sum, k, u), k, u));
            }
            links.add(set);
            alive--;
            k++;
        }
        return new Result(assign(parent, leaves, sum), alive, inertia);
    }

    private static double cost(int[] size, double[][] sum, int a, int b) {
        double distance = 0;
        for (int d = 0; d < sum[a].length; d++) {
            double diff = sum[a][d] / size[a] - sum[b][d] / size[b];
            distance += diff * diff;
        }
        return (double) size[a] * size[b] / (size[a] + size[b]) * distance;
    }

    /** Each leaf's surviving ancestor, numbered 0.. in order of node id. */
    private static int[] assign(int[] parent, int leaves, double[][] sum) {
        int[] cluster = new int[sum.length];
        int next = 0;
        for (int n = 0; n < sum.length; n++) {
            cluster[n] = sum[n] != null ? next++ : -1;
        }
        int[] out = new int[leaves];
        for (int n = 0; n < leaves; n++) {
            int root = n;
            while (parent[root] >= 0) {
                root = parent[root];
            }
            out[n] = cluster[root];
        }
        return out;
    }
}
