package org.neurobeam.cohorts.bids;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The glob lines of a dataset's {@code .bidsignore} (BIDS "Common principles": files the validator should
 * skip), read with {@code .gitignore} conventions: {@code #} comments and blank lines skipped; a trailing
 * {@code /} matches directories only; a pattern holding a {@code /} other than a trailing one is anchored at
 * the dataset root, any other is matched against the name at every depth. An ignored directory hides all
 * below it. Negated ({@code !}) lines are not supported and are skipped.
 */
final class BidsIgnore {

    private record Rule(PathMatcher matcher, boolean directoryOnly, boolean anchored) {
    }

    private static final BidsIgnore NONE = new BidsIgnore(List.of());

    private final List<Rule> rules;

    private BidsIgnore(List<Rule> rules) {
        this.rules = rules;
    }

    /** The rules of {@code root/.bidsignore}; none when the file is absent. */
    static BidsIgnore read(Path root) throws IOException {
        Path file = root.resolve(".bidsignore");
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        List<Rule> rules = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String glob = line.strip();
            if (glob.isEmpty() || glob.startsWith("#") || glob.startsWith("!")) {
                continue;
            }
            boolean directoryOnly = glob.endsWith("/");
            if (directoryOnly) {
                glob = glob.substring(0, glob.length() - 1);
            }
            boolean anchored = glob.contains("/");
            if (glob.startsWith("/")) {
                glob = glob.substring(1);
            }
            rules.add(new Rule(FileSystems.getDefault().getPathMatcher("glob:" + glob), directoryOnly, anchored));
        }
        return new BidsIgnore(rules);
    }

    /** True when {@code relative} (to the dataset root) is ignored. */
    boolean ignores(Path relative, boolean directory) {
        for (Rule rule : rules) {
            if (rule.directoryOnly() && !directory) {
                continue;
            }
            if (rule.matcher().matches(rule.anchored() ? relative : relative.getFileName())) {
                return true;
            }
        }
        return false;
    }
}
