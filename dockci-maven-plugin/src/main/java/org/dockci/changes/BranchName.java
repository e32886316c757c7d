package org.dockci.changes;

import java.util.Map;
import java.util.Optional;

/**
 * The branch a build is for. Git knows it unless HEAD is detached, which is how Jenkins checks out: then
 * Jenkins' {@code BRANCH_NAME} (multibranch) or {@code GIT_BRANCH} ({@code origin/main}) names it.
 */
final class BranchName {

    private static final String REMOTE_PREFIX = "origin/";

    private BranchName() {
    }

    static Optional<String> of(Optional<String> gitBranch, Map<String, String> environment) {
        if (gitBranch.isPresent()) {
            return gitBranch;
        }
        Optional<String> branchName = nonBlank(environment.get("BRANCH_NAME"));
        if (branchName.isPresent()) {
            return branchName;
        }
        return nonBlank(environment.get("GIT_BRANCH"))
                .map(name -> name.startsWith(REMOTE_PREFIX) ? name.substring(REMOTE_PREFIX.length()) : name);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
