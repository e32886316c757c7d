package org.dockci.changes.git;

import java.time.Instant;
import java.util.Optional;

/**
 * A tag and the commit it points to.
 *
 * @param name       without {@code refs/tags/}
 * @param commit     the full id of the commit (an annotated tag is followed to its commit)
 * @param commitTime the commit's committer time; empty when this clone does not have the commit
 */
public record Tag(String name, String commit, Optional<Instant> commitTime) {

    /** True when the tag points to a commit this clone does not have. */
    public boolean isCommitMissing() {
        return commitTime.isEmpty();
    }
}
