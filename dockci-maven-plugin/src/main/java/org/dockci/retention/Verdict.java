package org.dockci.retention;

import java.util.Set;

/** Why a tag is kept or deleted; {@link #reason()} words it for the log. */
public sealed interface Verdict {

    /** True when the tag's manifest is deleted. */
    boolean deletes();

    /** One phrase for the log: {@code kept: release}. */
    String reason();

    /** A release tag. */
    record Release() implements Verdict {
        public boolean deletes() { return false; }
        public String reason() { return "release"; }
    }

    /** {@code 1.4}, {@code 1}, {@code latest}. */
    record MovingTag() implements Verdict {
        public boolean deletes() { return false; }
        public String reason() { return "moving tag of releases"; }
    }

    /** The tag of a branch origin still has. */
    record LiveBranchTag(String branch) implements Verdict {
        public boolean deletes() { return false; }
        public String reason() { return "tag of branch " + branch + ", still in origin"; }
    }

    /** One of the newest candidates of a branch. */
    record RecentCandidate(String branch, int rank, int keep) implements Verdict {
        public boolean deletes() { return false; }
        public String reason() { return "candidate " + rank + " of the newest " + keep + " on " + branch; }
    }

    /** Would be deleted, but a kept tag points to the same manifest: deleting it would delete that tag too. */
    record SharesImage(String keptTag) implements Verdict {
        public boolean deletes() { return false; }
        public String reason() { return "same image as kept tag " + keptTag; }
    }

    /** A candidate whose commit this clone does not have: its branch cannot be told (fetch, or a shallow clone?). */
    record UnknownCommit(String commit) implements Verdict {
        public boolean deletes() { return false; }
        public String reason() { return "commit " + commit + " not in this clone: branch unknown, kept"; }
    }

    /** A candidate whose image has no creation time: it cannot be ordered. */
    record NoCreationTime() implements Verdict {
        public boolean deletes() { return false; }
        public String reason() { return "no org.opencontainers.image.created label: age unknown, kept"; }
    }

    /** Of a branch deleted in origin, kept because {@code dockci.prune.branches=false}. */
    record DeletedBranchKept() implements Verdict {
        public boolean deletes() { return false; }
        public String reason() { return "of a branch deleted in origin, kept (dockci.prune.branches=false)"; }
    }

    /** A tag dockci did not make: never deleted. */
    record Unknown() implements Verdict {
        public boolean deletes() { return false; }
        public String reason() { return "unknown, kept"; }
    }

    /** A candidate older than the newest {@code keep} of every branch that holds it. */
    record OldCandidate(Set<String> branches, int keep) implements Verdict {
        public boolean deletes() { return true; }
        public String reason() { return "older than the newest " + keep + " candidates of " + String.join(", ", branches); }
    }

    /** A candidate whose commit is on no branch of origin any more. */
    record CandidateOfDeletedBranch() implements Verdict {
        public boolean deletes() { return true; }
        public String reason() { return "candidate of a branch deleted in origin"; }
    }

    /** The tag of a branch deleted in origin (it points to one of that branch's candidates). */
    record DeletedBranchTag() implements Verdict {
        public boolean deletes() { return true; }
        public String reason() { return "tag of a branch deleted in origin"; }
    }
}
