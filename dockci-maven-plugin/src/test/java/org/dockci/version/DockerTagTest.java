package org.dockci.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DockerTagTest {

    @Test
    void dockersRuleIsApplied() {
        assertTrue(DockerTag.isValid("1.4.1-dev.3f2c1ab"));
        assertTrue(DockerTag.isValid("_x"));
        assertTrue(DockerTag.isValid("a".repeat(128)));
        assertFalse(DockerTag.isValid("a".repeat(129)));
        assertFalse(DockerTag.isValid(".hidden"));
        assertFalse(DockerTag.isValid("-dash"));
        assertFalse(DockerTag.isValid("a/b"));
        assertFalse(DockerTag.isValid(""));
    }

    @Test
    void aBranchBecomesALowerCaseTagWithDashesForWhatDockerRefuses() {
        assertEquals(Optional.of("feature-foo"), DockerTag.fromBranch("feature/Foo"));
        assertEquals(Optional.of("fix-issue-12-dav"), DockerTag.fromBranch("fix/issue#12 dav"));
        assertEquals(Optional.of("pr-12"), DockerTag.fromBranch("PR-12"));
        assertEquals(Optional.of("release_1.x"), DockerTag.fromBranch("release_1.x"));
    }

    @Test
    void aBranchTagAlwaysPassesDockersRule() {
        for (String branch : new String[] {"-x", "..x", "/x", "é", "a".repeat(300), "ümlaut/branch"}) {
            DockerTag.fromBranch(branch).ifPresent(tag -> assertTrue(DockerTag.isValid(tag), branch + " → " + tag));
        }
        assertEquals(Optional.of("x"), DockerTag.fromBranch("-x"));
        assertEquals(128, DockerTag.fromBranch("a".repeat(300)).orElseThrow().length());
    }

    @Test
    void aBranchWithNothingUsableGivesNoTag() {
        assertEquals(Optional.empty(), DockerTag.fromBranch("..."));
        assertEquals(Optional.empty(), DockerTag.fromBranch(""));
    }

    @Test
    void aBranchNamedLikeAReleaseTagIsPrefixed() {
        assertEquals(Optional.of("branch-latest"), DockerTag.fromBranch("Latest"));
        assertEquals(Optional.of("branch-1.4"), DockerTag.fromBranch("1.4"));
        assertEquals(Optional.of("1.x"), DockerTag.fromBranch("1.x"));
    }
}
