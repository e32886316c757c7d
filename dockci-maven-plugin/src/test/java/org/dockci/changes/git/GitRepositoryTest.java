package org.dockci.changes.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRepositoryTest {

    @TempDir
    Path directory;

    @Test
    void headIsTheCommitCheckedOutWithItsTimeAndBranch() throws Exception {
        try (TestRepository repo = TestRepository.init(directory)) {
            repo.write("a/Dockerfile", "FROM scratch\n").commit("first");
            String second = repo.write("a/Dockerfile", "FROM debian\n").commit("second");
            try (GitRepository git = GitRepository.open(directory.resolve("a"))) {
                assertEquals(new Head(second, TestRepository.START.plusSeconds(60), Optional.of("main")), git.head());
                assertEquals(directory.toRealPath(), git.workTree());
            }
        }
    }

    @Test
    void originUrlIsGivenWithoutTheCredentialsAnHttpsUrlCarries() throws Exception {
        try (TestRepository repo = TestRepository.init(directory)) {
            repo.write("a/Dockerfile", "FROM scratch\n").commit("first");
            try (GitRepository git = GitRepository.open(directory)) {
                assertEquals(Optional.empty(), git.originUrl(), "no remote, no URL");
            }
            setOrigin("https://ci:s3cret-token@gitlab.example.org/admin/dockers.git");
            try (GitRepository git = GitRepository.open(directory)) {
                assertEquals(Optional.of("https://gitlab.example.org/admin/dockers.git"), git.originUrl());
            }
            setOrigin("git@gitlab.example.org:admin/dockers.git");
            try (GitRepository git = GitRepository.open(directory)) {
                assertEquals(Optional.of("git@gitlab.example.org:admin/dockers.git"), git.originUrl());
            }
        }
    }

    private void setOrigin(String url) throws Exception {
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(directory.toFile())) {
            org.eclipse.jgit.lib.StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", url);
            config.save();
        }
    }

    @Test
    void detachedHeadHasNoBranch() throws Exception {
        try (TestRepository repo = TestRepository.init(directory)) {
            String first = repo.write("a/Dockerfile", "FROM scratch\n").commit("first");
            repo.write("a/Dockerfile", "FROM debian\n").commit("second");
            repo.detach(first);
            try (GitRepository git = GitRepository.open(directory)) {
                assertEquals(first, git.head().commit());
                assertEquals(Optional.empty(), git.head().branch());
            }
        }
    }

    @Test
    void aFolderOutsideAnyRepositoryIsAnError() {
        GitException error = assertThrows(GitException.class, () -> GitRepository.open(directory));
        assertTrue(error.getMessage().contains("not inside a git work tree"), error.getMessage());
    }

    @Test
    void aRepositoryWithoutCommitIsAnError() throws Exception {
        try (TestRepository repo = TestRepository.init(directory)) {
            GitException error = assertThrows(GitException.class, () -> GitRepository.open(directory));
            assertTrue(error.getMessage().contains("no commit yet"), error.getMessage());
        }
    }

    @Test
    void pathsChangedSinceACommitAreTheFilesThatDiffer() throws Exception {
        try (TestRepository repo = TestRepository.init(directory)) {
            String first = repo.write("a/Dockerfile", "FROM scratch\n").write("a/keep.txt", "same\n")
                    .write("b/old.txt", "old\n").commit("first");
            repo.write("a/Dockerfile", "FROM debian\n").delete("b/old.txt").write("b/new.txt", "new\n")
                    .commit("second");
            try (GitRepository git = GitRepository.open(directory)) {
                assertEquals(Set.of("a/Dockerfile", "b/old.txt", "b/new.txt"), git.pathsChangedSince(first));
                assertEquals(Set.of(), git.pathsChangedSince(git.head().commit()));
            }
        }
    }

    @Test
    void tagsInHeadsHistoryAreListedAndTagsOnOtherBranchesAreNot() throws Exception {
        try (TestRepository repo = TestRepository.init(directory)) {
            String first = repo.write("a/Dockerfile", "FROM scratch\n").commit("first");
            repo.tag("a-1.0.0");
            repo.newBranch("side");
            String side = repo.write("a/Dockerfile", "FROM debian\n").commit("on a side branch");
            repo.tag("a-9.0.0");
            repo.checkout("main");
            repo.write("a/other.txt", "x\n").commit("on main");
            repo.lightweightTag("a-1.1.0", first);
            try (GitRepository git = GitRepository.open(directory)) {
                List<Tag> tags = git.tagsReachableFromHead().stream()
                        .sorted(Comparator.comparing(Tag::name)).toList();
                assertEquals(List.of(new Tag("a-1.0.0", first, Optional.of(TestRepository.START)),
                        new Tag("a-1.1.0", first, Optional.of(TestRepository.START))), tags);
                assertFalse(tags.stream().anyMatch(tag -> tag.commit().equals(side)));
            }
        }
    }

    @Test
    void aTagWhoseCommitIsMissingIsListedAsMissing() throws Exception {
        try (TestRepository repo = TestRepository.init(directory)) {
            repo.write("a/Dockerfile", "FROM scratch\n").commit("first");
            String absent = "0123456789abcdef0123456789abcdef01234567";
            repo.tagPointingTo("a-1.0.0", absent);
            try (GitRepository git = GitRepository.open(directory)) {
                assertEquals(List.of(new Tag("a-1.0.0", absent, Optional.empty())), git.tagsReachableFromHead());
                assertTrue(git.tagsReachableFromHead().get(0).isCommitMissing());
            }
        }
    }

    @Test
    void resolveCommitFindsTagsAndExpressionsAndNothingForUnknownRevisions() throws Exception {
        try (TestRepository repo = TestRepository.init(directory)) {
            String first = repo.write("a/Dockerfile", "FROM scratch\n").commit("first");
            repo.tag("a-1.0.0");
            repo.write("a/Dockerfile", "FROM debian\n").commit("second");
            try (GitRepository git = GitRepository.open(directory)) {
                assertEquals(Optional.of(first), git.resolveCommit("a-1.0.0"));
                assertEquals(Optional.of(first), git.resolveCommit("HEAD~1"));
                assertEquals(Optional.of(first), git.resolveCommit(first));
                assertEquals(Optional.empty(), git.resolveCommit("no-such-tag"));
                assertEquals(Optional.empty(), git.resolveCommit("0123456789abcdef0123456789abcdef01234567"));
                assertEquals(Optional.empty(), git.resolveCommit("HEAD~~~~~~~"));
            }
        }
    }

    @Test
    void contentAtReadsAFileOfACommitAndNothingForAnAbsentFile() throws Exception {
        try (TestRepository repo = TestRepository.init(directory)) {
            String first = repo.write("a/pom.xml", "<project/>\n").commit("first");
            repo.write("a/pom.xml", "<project></project>\n").commit("second");
            try (GitRepository git = GitRepository.open(directory)) {
                assertEquals(Optional.of("<project/>\n"), git.contentAt(first, "a/pom.xml"));
                assertEquals(Optional.empty(), git.contentAt(first, "a/absent.xml"));
                assertEquals(Optional.empty(), git.contentAt(first, "a"));
            }
        }
    }

    @Test
    void uncommittedPathsAreModifiedDeletedStagedAndUntrackedFilesButNotIgnoredOnes() throws Exception {
        try (TestRepository repo = TestRepository.init(directory)) {
            repo.write("a/Dockerfile", "FROM scratch\n").write("a/gone.txt", "x\n").write("a/same.txt", "x\n")
                    .commit("first");
            repo.write("a/Dockerfile", "FROM debian\n").delete("a/gone.txt").write("a/new.txt", "new\n")
                    .write("a/target/built.txt", "ignored\n");
            try (GitRepository git = GitRepository.open(directory)) {
                assertEquals(Set.of("a/Dockerfile", "a/gone.txt", "a/new.txt"), git.uncommittedPaths());
            }
        }
    }

    @Test
    void aShallowCloneIsShallowAndAFullOneIsNot() throws Exception {
        try (TestRepository repo = TestRepository.init(directory.resolve("origin"))) {
            repo.write("a/Dockerfile", "FROM scratch\n").commit("first");
            repo.write("a/Dockerfile", "FROM debian\n").commit("second");
            try (TestRepository clone = TestRepository.shallowClone(repo, directory.resolve("clone"), 1);
                    GitRepository shallow = GitRepository.open(clone.root());
                    GitRepository full = GitRepository.open(repo.root())) {
                assertTrue(Files.exists(clone.root().resolve(".git/shallow")));
                assertTrue(shallow.isShallow());
                assertFalse(full.isShallow());
            }
        }
    }

    @Test
    void answeringNeverWritesTheRepository() throws Exception {
        try (TestRepository repo = TestRepository.init(directory)) {
            String first = repo.write("a/Dockerfile", "FROM scratch\n").write("a/pom.xml", "<project/>").commit("first");
            repo.tag("a-1.0.0");
            repo.write("a/Dockerfile", "FROM debian\n").commit("second");
            repo.write("a/Dockerfile", "FROM ubuntu\n").write("a/new.txt", "untracked\n");
            Map<Path, String> before = snapshot(directory.resolve(".git"));

            try (GitRepository git = GitRepository.open(directory)) {
                git.tagsReachableFromHead();
                git.pathsChangedSince(first);
                git.pathsChangedSince(first, Set.of("a"));
                git.contentAt(first, "a/pom.xml");
                git.resolveCommit("HEAD~1");
                git.uncommittedPaths();
                git.isShallow();
            }

            assertEquals(before, snapshot(directory.resolve(".git")));
        }
    }

    @Test
    void pathsChangedWithinFoldersLeaveOutTheOthers() throws Exception {
        try (TestRepository repo = TestRepository.init(directory)) {
            String first = repo.write("a/Dockerfile", "FROM scratch\n").write("ab/Dockerfile", "FROM scratch\n")
                    .write("top.xml", "<x/>").commit("first");
            repo.write("a/Dockerfile", "FROM debian\n").write("ab/Dockerfile", "FROM debian\n").write("top.xml", "<y/>")
                    .commit("second");
            try (GitRepository git = GitRepository.open(directory)) {
                assertEquals(Set.of("a/Dockerfile"), git.pathsChangedSince(first, Set.of("a")));
                assertEquals(Set.of("a/Dockerfile", "top.xml"), git.pathsChangedSince(first, Set.of("a", "top.xml")));
                assertEquals(Set.of(), git.pathsChangedSince(first, Set.of()));
            }
        }
    }

    /** Every file under {@code root} with its size, time and content hash. */
    private static Map<Path, String> snapshot(Path root) throws Exception {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file), Files.size(file) + " " + Files.getLastModifiedTime(file) + " "
                        + Arrays.hashCode(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    @Test
    void originBranchesContainingACommitAreThoseWhoseHistoryHoldsIt() throws Exception {
        Path originDir = directory.resolve("origin");
        try (TestRepository origin = TestRepository.init(originDir)) {
            String first = origin.write("a/Dockerfile", "FROM scratch\n").commit("first");
            origin.newBranch("feature/x");
            String onFeature = origin.write("a/Dockerfile", "FROM debian\n").commit("feature");
            origin.checkout("main");
            String onMain = origin.write("b/Dockerfile", "FROM debian\n").commit("main");
            try (TestRepository clone = TestRepository.cloneOf(origin, directory.resolve("clone"))) {
                try (GitRepository git = GitRepository.open(clone.root())) {
                    assertEquals(Set.of("main", "feature/x"), git.originBranches());
                    assertEquals(Optional.of(Set.of("main", "feature/x")), git.originBranchesContaining(first));
                    assertEquals(Optional.of(Set.of("feature/x")), git.originBranchesContaining(onFeature.substring(0, 7)));
                    assertEquals(Optional.of(Set.of("main")), git.originBranchesContaining(onMain));
                    assertEquals(Optional.empty(), git.originBranchesContaining("0123456789abcdef0123456789abcdef01234567"),
                            "a commit this clone lacks is not known, which is not the same as on no branch");
                }
                origin.deleteBranch("feature/x");
                clone.fetchPrune();
                try (GitRepository git = GitRepository.open(clone.root())) {
                    assertEquals(Set.of("main"), git.originBranches());
                    assertEquals(Optional.of(Set.of()), git.originBranchesContaining(onFeature),
                            "the commit of a deleted branch is still here, on no branch of origin");
                }
            }
        }
    }
}
