package org.dockci.retention;

/**
 * What to keep: the {@code keepCandidates} newest candidates of each branch (by commit time), and, when
 * {@code pruneBranches}, nothing of a branch deleted in origin (its branch tag and its candidates).
 */
public record RetentionRules(int keepCandidates, boolean pruneBranches) {

    /** Refuses a negative count. */
    public RetentionRules {
        if (keepCandidates < 0) {
            throw new IllegalArgumentException("dockci.prune.keepCandidates must be 0 or more, not " + keepCandidates);
        }
    }
}
