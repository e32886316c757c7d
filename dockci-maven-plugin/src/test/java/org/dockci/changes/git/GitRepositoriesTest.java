package org.dockci.changes.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRepositoriesTest {

    @TempDir
    Path directory;

    @Test
    void everyFolderOfARepositoryGetsTheSameRepository() throws Exception {
        try (TestRepository repo = TestRepository.init(directory);
                GitRepositories build = new GitRepositories()) {
            repo.write("a/Dockerfile", "FROM scratch\n").write("b/Dockerfile", "FROM scratch\n").commit("first");

            GitRepository fromA = build.forDirectory(directory.resolve("a"));
            GitRepository fromB = build.forDirectory(directory.resolve("b"));

            assertSame(fromA, fromB);
        }
    }

    @Test
    void anotherInstanceReadsGitAgain() throws Exception {
        try (TestRepository repo = TestRepository.init(directory);
                GitRepositories firstBuild = new GitRepositories();
                GitRepositories nextBuild = new GitRepositories()) {
            String first = repo.write("a/Dockerfile", "FROM scratch\n").commit("first");
            GitRepository seen = firstBuild.forDirectory(directory);
            String second = repo.write("a/Dockerfile", "FROM debian\n").commit("second");

            assertEquals(first, firstBuild.forDirectory(directory).head().commit(), "one build reads git once");
            assertNotSame(seen, nextBuild.forDirectory(directory));
            assertEquals(second, nextBuild.forDirectory(directory).head().commit());
        }
    }

    @Test
    void closedRepositoriesAreNotHandedOut() throws Exception {
        try (TestRepository repo = TestRepository.init(directory)) {
            repo.write("a/Dockerfile", "FROM scratch\n").commit("first");
            GitRepositories build = new GitRepositories();
            build.forDirectory(directory);
            build.close();

            assertThrows(IllegalStateException.class, () -> build.forDirectory(directory));
        }
    }
}
