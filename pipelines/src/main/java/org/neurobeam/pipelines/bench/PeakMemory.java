package org.neurobeam.pipelines.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's peak resident set size as Linux reports it ({@code VmHWM}), and the heap limit. */
final class PeakMemory {

    private PeakMemory() {
    }

    /** One line: peak RSS in MiB (or "unknown" off Linux) and the JVM's maximum heap. */
    static String describe() {
        String rss;
        try {
            rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 + " MiB")
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            rss = "unknown";
        }
        return String.format("peak RSS (VmHWM) %s, max heap %d MiB", rss,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
