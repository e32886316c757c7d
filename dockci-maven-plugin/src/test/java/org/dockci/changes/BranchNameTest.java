package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BranchNameTest {

    private static final Map<String, String> JENKINS = Map.of("BRANCH_NAME", "feature/x", "GIT_BRANCH", "origin/y");

    @Test
    void gitsBranchWinsOverTheEnvironment() {
        assertEquals(Optional.of("main"), BranchName.of(Optional.of("main"), JENKINS));
    }

    @Test
    void onADetachedHeadBranchNameComesFirst() {
        assertEquals(Optional.of("feature/x"), BranchName.of(Optional.empty(), JENKINS));
    }

    @Test
    void thenGitBranchWithoutOrigin() {
        assertEquals(Optional.of("y"), BranchName.of(Optional.empty(), Map.of("GIT_BRANCH", "origin/y")));
        assertEquals(Optional.of("y"), BranchName.of(Optional.empty(), Map.of("BRANCH_NAME", " ", "GIT_BRANCH", "y")));
    }

    @Test
    void withoutEitherThereIsNoBranch() {
        assertEquals(Optional.empty(), BranchName.of(Optional.empty(), Map.of("PATH", "/bin")));
    }
}
