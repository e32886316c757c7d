package org.dockci.retention;

import java.util.Optional;
import java.util.Set;

/** Which branches of {@code origin} hold a commit: git's answer, handed in so that the policy is tested without git. */
@FunctionalInterface
public interface CommitBranches {

    /**
     * The branches of origin whose history holds {@code commit} (abbreviated id); an empty set when it is on none
     * (its branch was deleted), empty when the clone does not have the commit at all.
     */
    Optional<Set<String>> branchesContaining(String commit);
}
