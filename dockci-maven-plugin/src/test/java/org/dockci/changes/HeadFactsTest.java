package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.dockci.changes.git.TestRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git facts an image is labelled with: HEAD's commit, its time, and the branch, also on a detached HEAD. */
class HeadFactsTest {

    @TempDir
    Path directory;

    @Test
    void commitAndCreatedComeFromHeadSoThatARebuildGivesTheSameLabels() throws Exception {
        try (ContainerRepository repo = ContainerRepository.init(directory).module("a", "1.0.0-SNAPSHOT")) {
            repo.git.commit("first");
            String head = repo.git.write("containers/a/Dockerfile", "FROM scratch\n").commit("second");

            ModuleChange first = repo.detect("a");
            ModuleChange rebuilt = repo.detect("a");

            assertEquals(head, first.commit());
            assertEquals(head.substring(0, 7), first.commitShort());
            assertEquals(TestRepository.START.plusSeconds(60), first.commitTime());
            assertEquals("2026-01-01T00:01:00Z", first.created());
            assertEquals(first.created(), rebuilt.created());
        }
    }

    @Test
    void onABranchGitNamesTheBranchAndJenkinsVariablesAreNotRead() throws Exception {
        try (ContainerRepository repo = ContainerRepository.init(directory).module("a", "1.0.0-SNAPSHOT")) {
            repo.git.commit("first");
            repo.git.newBranch("feature/Foo");
            DetectSettings settings = ContainerRepository.settings().withEnvironment(Map.of("BRANCH_NAME", "other"));

            assertEquals(Optional.of("feature/Foo"), repo.detect("a", settings).branch());
        }
    }

    @Test
    void aDetachedHeadTakesJenkinsBranchName() throws Exception {
        try (ContainerRepository repo = ContainerRepository.init(directory).module("a", "1.0.0-SNAPSHOT")) {
            String first = repo.git.commit("first");
            repo.git.detach(first);
            DetectSettings settings = ContainerRepository.settings()
                    .withEnvironment(Map.of("BRANCH_NAME", "main", "GIT_BRANCH", "origin/other"));

            ModuleChange a = repo.detect("a", settings);

            assertEquals(Optional.of("main"), a.branch());
            assertEquals(first, a.commit());
        }
    }

    @Test
    void aDetachedHeadWithoutJenkinsVariablesHasNoBranch() throws Exception {
        try (ContainerRepository repo = ContainerRepository.init(directory).module("a", "1.0.0-SNAPSHOT")) {
            repo.git.detach(repo.git.commit("first"));

            assertEquals(Optional.empty(), repo.detect("a").branch());
        }
    }
}
