package org.neurobeam.cohorts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The recordings found in one input and the files that could not be understood. */
public final class DiscoveryResult implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<RecordingRef> recordings;
    private final List<Problem> problems;

    /**
     * Sorts the recordings by id then path; problems keep the order given, which both discoveries make
     * deterministic (folders walked in name order, manifests in line order).
     * Recording ids must be unique within a dataset: a recording whose id was already given earlier in
     * {@code recordings} becomes a {@link Problem} instead.
     */
    public DiscoveryResult(List<RecordingRef> recordings, List<Problem> problems) {
        Map<String, RecordingRef> unique = new LinkedHashMap<>();
        List<Problem> allProblems = new ArrayList<>(problems);
        for (RecordingRef recording : recordings) {
            RecordingRef first = unique.putIfAbsent(recording.recordingId(), recording);
            if (first != null) {
                allProblems.add(Problem.discover(recording.path(), "recording id '" + recording.recordingId()
                        + "' is already used by " + first.path()));
            }
        }
        List<RecordingRef> sorted = new ArrayList<>(unique.values());
        sorted.sort(Comparator.comparing(RecordingRef::recordingId).thenComparing(RecordingRef::path));
        this.recordings = Collections.unmodifiableList(sorted);
        this.problems = Collections.unmodifiableList(allProblems);
    }

    /** Recordings sorted by {@link RecordingRef#recordingId()} then {@link RecordingRef#path()}. */
    public List<RecordingRef> recordings() {
        return recordings;
    }

    /** Files that could not be understood, in the order met. */
    public List<Problem> problems() {
        return problems;
    }
}
