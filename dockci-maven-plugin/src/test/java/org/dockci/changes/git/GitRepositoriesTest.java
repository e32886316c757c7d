package org.dockci.changes.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRepositoriesTest {

    @TempDir
    Path directory;

    @Test
    void everyFolderOfARepositoryGetsTheSameRepositoryInOneSession() throws Exception {
        try (TestRepository repo = TestRepository.init(directory)) {
            repo.write("a/Dockerfile", "FROM scratch\n").write("b/Dockerfile", "FROM scratch\n").commit("first");

            GitRepository fromA = GitRepositories.forDirectory(directory.resolve("a"), "session-1");
            GitRepository fromB = GitRepositories.forDirectory(directory.resolve("b"), "session-1");

            assertSame(fromA, fromB);
        }
    }

    @Test
    void aNewSessionReadsGitAgain() throws Exception {
        try (TestRepository repo = TestRepository.init(directory)) {
            String first = repo.write("a/Dockerfile", "FROM scratch\n").commit("first");
            GitRepository firstBuild = GitRepositories.forDirectory(directory, "build-1");
            String second = repo.write("a/Dockerfile", "FROM debian\n").commit("second");

            GitRepository sameBuild = GitRepositories.forDirectory(directory, "build-1");
            GitRepository nextBuild = GitRepositories.forDirectory(directory, "build-2");

            assertEquals(first, sameBuild.head().commit(), "one build reads git once");
            assertNotSame(firstBuild, nextBuild);
            assertEquals(second, nextBuild.head().commit());
        }
    }
}
