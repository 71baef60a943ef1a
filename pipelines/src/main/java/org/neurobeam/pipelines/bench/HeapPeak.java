package org.neurobeam.pipelines.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Peak Java heap use: the sum of the heap pools' peak usage (an upper bound: pools peak at different times). */
final class HeapPeak {

    private HeapPeak() {
    }

    /** Clears the pools' peaks, so a later {@link #mib()} covers only what follows. */
    static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak used bytes, MiB. */
    static double mib() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }

    /** One line: heap peak and {@link PeakMemory#describe()}. */
    static String describe() {
        return String.format("peak heap (sum of pool peaks) %.1f MiB; %s", mib(), PeakMemory.describe());
    }
}
