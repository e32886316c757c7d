package org.dockci.changes.git;

import java.time.Instant;
import java.util.Optional;

/**
 * The commit checked out.
 *
 * @param commit     its full id
 * @param commitTime its committer time, the same for every build of that commit
 * @param branch     the branch checked out; empty when HEAD is detached (as in most CI checkouts)
 */
public record Head(String commit, Instant commitTime, Optional<String> branch) {
}
