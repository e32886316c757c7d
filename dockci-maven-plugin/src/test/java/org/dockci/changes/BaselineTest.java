package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dockci.changes.git.TestRepository;
import org.dockci.version.ReleaseTagFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which release a module is compared with, and what happens when none can be compared with. */
class BaselineTest {

    @TempDir
    Path directory;

    @Test
    void theBaselineIsTheHighestVersionNotTheNewestTag() throws Exception {
        try (ContainerRepository repo = ContainerRepository.init(directory).module("a", "1.10.0-SNAPSHOT")) {
            repo.git.commit("a");
            repo.release("a", "1.10.0", "1.10.1-SNAPSHOT");
            repo.git.write("containers/a/Dockerfile", "FROM debian:trixie-slim\n").commit("after 1.10.0");
            repo.git.tag("a-1.9.0"); // a later tag with a lower version, as a hotfix merged back can leave

            ModuleChange a = repo.detect("a");

            assertEquals("a-1.10.0", a.baseline().orElseThrow().name());
            assertEquals("changed: Dockerfile since a-1.10.0", a.reason());
        }
    }

    @Test
    void equalVersionsGoByCommitTime() throws Exception {
        try (ContainerRepository repo = ContainerRepository.init(directory).module("a", "1.0.0-SNAPSHOT")) {
            repo.git.commit("a");
            repo.git.tag("a-1.0");
            String later = repo.git.write("containers/a/notes.txt", "x").commit("later");
            repo.git.tag("a-1.0.0");

            assertEquals(later, repo.detect("a").baseline().orElseThrow().commit());
        }
    }

    @Test
    void aTagOnAnotherBranchIsNoBaseline() throws Exception {
        try (ContainerRepository repo = ContainerRepository.init(directory).module("a", "1.0.0-SNAPSHOT")) {
            repo.git.commit("a");
            repo.release("a", "1.0.0", "1.0.1-SNAPSHOT");
            repo.git.newBranch("experiment");
            repo.release("a", "2.0.0", "2.0.1-SNAPSHOT");
            repo.git.checkout("main");

            assertEquals("a-1.0.0", repo.detect("a").baseline().orElseThrow().name());
        }
    }

    @Test
    void aModuleWithoutReleaseTagIsChangedAndSaysSoWithoutWarning() throws Exception {
        try (ContainerRepository repo = ContainerRepository.init(directory).module("web", "1.0.0-SNAPSHOT")
                .module("webdav", "1.0.0-SNAPSHOT")) {
            repo.git.commit("two containers");
            repo.release("webdav", "1.0.0", "1.0.1-SNAPSHOT");

            ModuleChange web = repo.detect("web");

            assertTrue(web.changed());
            assertEquals("changed: no baseline, no release tag web-<version> in HEAD's history", web.reason());
            assertEquals(Optional.empty(), web.baseline());
            assertEquals(Optional.empty(), web.warning());
            assertFalse(repo.detect("webdav").changed());
        }
    }

    @Test
    void aConfiguredTagFormatFindsItsTags() throws Exception {
        try (ContainerRepository repo = ContainerRepository.init(directory).module("a", "1.0.0-SNAPSHOT")) {
            repo.git.commit("a");
            repo.release("a", "1.0.0", "1.0.1-SNAPSHOT"); // tags a-1.0.0
            repo.git.tag("release/a/v1.0.0");
            DetectSettings settings = new DetectSettings(ChangeMode.AUTO,
                    new ReleaseTagFormat("release/@{project.artifactId}/v@{project.version}"), Optional.empty(), true,
                    List.of(), Map.of());

            ModuleChange a = repo.detect("a", settings);

            assertEquals("release/a/v1.0.0", a.baseline().orElseThrow().name());
            assertFalse(a.changed());
        }
    }

    @Test
    void aBaselineCommitMissingFromTheCloneBuildsWithAWarning() throws Exception {
        try (ContainerRepository repo = ContainerRepository.released(directory, "a", "b")) {
            repo.git.tagPointingTo("a-1.1.0", "0123456789abcdef0123456789abcdef01234567");

            ModuleChange a = repo.detect("a");

            assertTrue(a.changed());
            assertEquals("changed: baseline a-1.1.0 points to commit 0123456, which this clone lacks", a.reason());
            assertTrue(a.warning().orElseThrow().contains("fetch the full history and tags"), a.warning().get());
            assertEquals(new Baseline("a-1.1.0", "0123456789abcdef0123456789abcdef01234567"), a.baseline().get());
            assertFalse(repo.detect("b").changed());
        }
    }

    @Test
    void aShallowCloneBuildsEveryModuleWithAWarning() throws Exception {
        try (ContainerRepository repo = ContainerRepository.init(directory.resolve("origin"))
                .module("a", "1.0.0-SNAPSHOT")) {
            repo.git.commit("a");
            repo.release("a", "1.0.0", "1.0.1-SNAPSHOT");
            try (TestRepository clone = TestRepository.shallowClone(repo.git, directory.resolve("clone"), 1)) {
                ContainerModule a = ContainerModule.of("a", clone.root().resolve("containers/a"));

                ModuleChange inClone;
                try (Detection build = new Detection()) {
                    inClone = build.detector(ContainerRepository.settings()).detect(a, List.of(a));
                }

                assertTrue(inClone.changed());
                assertEquals("changed: shallow clone, the history to compare with is cut off", inClone.reason());
                assertTrue(inClone.warning().orElseThrow().contains("git fetch --unshallow"), inClone.warning().get());
                assertFalse(repo.detect("a").changed(), "the full repository compares as usual");
            }
        }
    }
}
