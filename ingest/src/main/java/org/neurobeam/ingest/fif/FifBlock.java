package org.neurobeam.ingest.fif;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of the FIF tree (between {@code FIFF_BLOCK_START} and {@code FIFF_BLOCK_END} tags): its
 * kind, its own tags in file order and its nested blocks, as MNE's {@code make_dir_tree}.
 */
final class FifBlock {

    private final int kind;
    private final List<FifTag> tags = new ArrayList<>();
    private final List<FifBlock> children = new ArrayList<>();

    FifBlock(int kind) {
        this.kind = kind;
    }

    int kind() {
        return kind;
    }

    List<FifTag> tags() {
        return tags;
    }

    List<FifBlock> children() {
        return children;
    }

    /** The first tag of {@code kind} directly in this block, or {@code null}. */
    FifTag tag(int tagKind) {
        return tags.stream().filter(t -> t.kind() == tagKind).findFirst().orElse(null);
    }

    /** All blocks of {@code blockKind} in this subtree, depth first, this block included. */
    List<FifBlock> find(int blockKind) {
        List<FifBlock> found = new ArrayList<>();
        if (kind == blockKind) {
            found.add(this);
        }
        for (FifBlock child : children) {
            found.addAll(child.find(blockKind));
        }
        return found;
    }
}
