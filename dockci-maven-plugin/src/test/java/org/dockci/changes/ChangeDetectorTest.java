package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which modules change, on real repositories: own folder, bases, shared inputs, modes, baseline revision. */
class ChangeDetectorTest {

    @TempDir
    Path directory;

    /** Modules a and b, both released as 1.0.0 and now at 1.0.1-SNAPSHOT. */
    private ContainerRepository twoReleasedModules() throws Exception {
        return ContainerRepository.released(directory, "a", "b");
    }

    @Test
    void aChangeInOneModuleChangesOnlyThatModule() throws Exception {
        try (ContainerRepository repo = twoReleasedModules()) {
            repo.git.write("containers/a/Dockerfile", "FROM debian:trixie-slim\n").commit("newer Debian for a");

            ModuleChange a = repo.detect("a");
            ModuleChange b = repo.detect("b");

            assertTrue(a.changed());
            assertEquals("changed: Dockerfile since a-1.0.0", a.reason());
            assertEquals("containers/a", a.path());
            assertFalse(b.changed());
            String bTagged = b.baseline().orElseThrow().commit();
            assertEquals("unchanged since b-1.0.0 (" + bTagged.substring(0, 7) + ")", b.reason());
            assertEquals(Optional.empty(), a.warning());
            assertEquals(Optional.empty(), b.warning());
        }
    }

    @Test
    void aModuleUntouchedSinceItsReleaseIsUnchangedWithItsBaseline() throws Exception {
        try (ContainerRepository repo = twoReleasedModules()) {
            ModuleChange a = repo.detect("a");

            assertFalse(a.changed());
            assertEquals("a-1.0.0", a.baseline().orElseThrow().name());
        }
    }

    @Test
    void aReasonListsThreePathsAndCountsTheRest() throws Exception {
        try (ContainerRepository repo = twoReleasedModules()) {
            repo.git.write("containers/a/e.txt", "e").write("containers/a/src/test/java/AIT.java", "class AIT {}")
                    .write("containers/a/c.txt", "c").write("containers/a/d.txt", "d").write("containers/a/b.txt", "b")
                    .commit("five files");

            assertEquals("changed: b.txt, c.txt, d.txt and 2 more since a-1.0.0", repo.detect("a").reason());
        }
    }

    @Test
    void aDeletedFileIsAChange() throws Exception {
        try (ContainerRepository repo = twoReleasedModules()) {
            repo.git.write("containers/a/extra.conf", "x").commit("extra");
            repo.release("a", "1.0.1", "1.0.2-SNAPSHOT");
            repo.git.delete("containers/a/extra.conf").commit("no extra");

            assertEquals("changed: extra.conf since a-1.0.1", repo.detect("a").reason());
        }
    }

    @Test
    void aChangeOutsideModulesAndSharedInputsChangesNothing() throws Exception {
        try (ContainerRepository repo = twoReleasedModules()) {
            repo.git.write("README.md", "# docs\n").commit("docs");

            assertFalse(repo.detect("a").changed());
            assertFalse(repo.detect("b").changed());
        }
    }

    @Test
    void aModuleWhosePathStartsLikeAnotherIsNotChangedByIt() throws Exception {
        try (ContainerRepository repo = ContainerRepository.released(directory, "web", "webdav")) {
            repo.git.write("containers/webdav/Dockerfile", "FROM debian:trixie-slim\n").commit("webdav only");

            assertFalse(repo.detect("web").changed());
            assertTrue(repo.detect("webdav").changed());
        }
    }

    /** base ← mid ← top (each FROM the one before), and other, alone. */
    private ContainerRepository chainOfBases() throws Exception {
        ContainerRepository repo = ContainerRepository.init(directory).module("base", "1.0.0-SNAPSHOT")
                .module("mid", "1.0.0-SNAPSHOT", "base").module("top", "1.0.0-SNAPSHOT", "mid")
                .module("other", "1.0.0-SNAPSHOT");
        repo.git.commit("four containers");
        for (String name : List.of("base", "mid", "top", "other")) {
            repo.release(name, "1.0.0", "1.0.1-SNAPSHOT");
        }
        return repo;
    }

    @Test
    void aChangedBaseChangesTheModulesBuiltFromItTransitively() throws Exception {
        try (ContainerRepository repo = chainOfBases()) {
            repo.git.write("containers/base/Dockerfile", "FROM debian:trixie-slim\n").commit("base moves on");

            Map<String, ModuleChange> changes = repo.detectAll(ContainerRepository.settings());

            assertEquals("changed: Dockerfile since base-1.0.0", changes.get("base").reason());
            assertEquals("changed: base base: Dockerfile since base-1.0.0", changes.get("mid").reason());
            assertEquals("changed: base base via mid: Dockerfile since base-1.0.0", changes.get("top").reason());
            assertFalse(changes.get("other").changed());
        }
    }

    @Test
    void aChangedModuleDoesNotChangeItsBases() throws Exception {
        try (ContainerRepository repo = chainOfBases()) {
            repo.git.write("containers/top/Dockerfile", "FROM localhost:5000/dockci/mid\nUSER 1000\n")
                    .commit("top only");

            Map<String, ModuleChange> changes = repo.detectAll(ContainerRepository.settings());

            assertTrue(changes.get("top").changed());
            assertFalse(changes.get("mid").changed());
            assertFalse(changes.get("base").changed());
        }
    }

    @Test
    void aBaseReleasedAfterTheModuleBuiltFromItChangesThatModule() throws Exception {
        try (ContainerRepository repo = chainOfBases()) {
            repo.git.write("containers/base/Dockerfile", "FROM debian:trixie-slim\n").commit("base moves on");
            repo.release("base", "1.0.1", "1.0.2-SNAPSHOT");

            assertFalse(repo.detect("base").changed());
            assertEquals("changed: base base: Dockerfile since mid-1.0.0", repo.detect("mid").reason());
        }
    }

    @Test
    void aBaseThatIsNotAmongTheModulesIsAnError() throws Exception {
        try (ContainerRepository repo = twoReleasedModules()) {
            ContainerModule orphan = new ContainerModule("c", repo.root().resolve("containers/a"),
                    Set.of("missing"));
            ChangeDetector detector = new Detection().detector(ContainerRepository.settings());

            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> detector.detect(orphan, repo.modules()));
            assertEquals("module c builds FROM missing, which is not among the modules given", error.getMessage());
        }
    }

    @Test
    void aChangedSharedInputChangesEveryModule() throws Exception {
        try (ContainerRepository repo = twoReleasedModules()) {
            repo.git.write("containers/pom.xml", "<project><artifactId>containers</artifactId><!-- new --></project>\n")
                    .commit("wiring");
            DetectSettings settings = ContainerRepository.settings()
                    .withSharedInputs(List.of(repo.root().resolve("containers/pom.xml").toString(), "pom.xml"));

            Map<String, ModuleChange> changes = repo.detectAll(settings);

            assertEquals("changed: shared input containers/pom.xml since a-1.0.0", changes.get("a").reason());
            assertEquals("changed: shared input containers/pom.xml since b-1.0.0", changes.get("b").reason());
        }
    }

    @Test
    void aNewPluginVersionInTheContainersPomChangesEveryModule() throws Exception {
        String plugin = "<project><build><plugins><plugin><artifactId>dockci-maven-plugin</artifactId>"
                + "<version>%s</version></plugin></plugins></build></project>\n";
        try (ContainerRepository repo = ContainerRepository.init(directory).module("a", "1.0.0-SNAPSHOT")) {
            repo.git.write("containers/pom.xml", plugin.formatted("1.0.0")).commit("a");
            repo.release("a", "1.0.0", "1.0.1-SNAPSHOT");
            repo.git.write("containers/pom.xml", plugin.formatted("1.1.0")).commit("new dockci");
            DetectSettings settings = ContainerRepository.settings().withSharedInputs(List.of("containers/pom.xml"));

            assertEquals("changed: shared input containers/pom.xml since a-1.0.0", repo.detect("a", settings).reason());
        }
    }

    @Test
    void aPluginBuiltInTheSameRepositoryIsASharedInputByItsFolder() throws Exception {
        List<String> pluginFolder = List.of("dockci-maven-plugin/pom.xml", "dockci-maven-plugin/src/main");
        try (ContainerRepository repo = twoReleasedModules()) {
            repo.git.write("dockci-maven-plugin/src/test/java/LintTest.java", "class LintTest {}").commit("test");
            assertFalse(repo.detect("a", ContainerRepository.settings().withSharedInputs(pluginFolder)).changed(),
                    "the plugin's tests do not make images");

            repo.git.write("dockci-maven-plugin/src/main/java/Lint.java", "class Lint {}").commit("plugin code");

            assertEquals("changed: shared input dockci-maven-plugin/src/main/java/Lint.java since a-1.0.0",
                    repo.detect("a", ContainerRepository.settings().withSharedInputs(pluginFolder)).reason());
        }
    }

    @Test
    void aFileThatIsNotASharedInputChangesNoModule() throws Exception {
        try (ContainerRepository repo = twoReleasedModules()) {
            repo.git.write("containers/pom.xml", "<project><!-- new --></project>\n").commit("wiring");
            DetectSettings settings = ContainerRepository.settings().withSharedInputs(List.of("pom.xml"));

            assertFalse(repo.detect("a", settings).changed());
        }
    }

    @Test
    void sharedFoldersAndGlobsCoverTheFilesUnderThem() throws Exception {
        try (ContainerRepository repo = twoReleasedModules()) {
            repo.git.write("containers/src/test/java/org/dockci/testkit/Http.java", "class Http {}").commit("kit");
            DetectSettings folder = ContainerRepository.settings().withSharedInputs(List.of("containers/src/"));
            DetectSettings glob = ContainerRepository.settings().withSharedInputs(List.of("containers/src/**/*.java"));
            DetectSettings elsewhere = ContainerRepository.settings().withSharedInputs(List.of("scripts/**"));

            assertEquals("changed: shared input containers/src/test/java/org/dockci/testkit/Http.java since a-1.0.0",
                    repo.detect("a", folder).reason());
            assertTrue(repo.detect("a", glob).changed());
            assertFalse(repo.detect("a", elsewhere).changed());
        }
    }

    @Test
    void aParentPomOutsideTheRepositoryIsLeftOut() throws Exception {
        try (ContainerRepository repo = twoReleasedModules()) {
            DetectSettings settings = ContainerRepository.settings()
                    .withSharedInputs(List.of(directory.getParent().resolve("elsewhere/pom.xml").toString()));

            assertFalse(repo.detect("a", settings).changed());
        }
    }

    @Test
    void modeAllChangesEveryModuleAndModeNoneNone() throws Exception {
        try (ContainerRepository repo = twoReleasedModules()) {
            repo.git.write("containers/a/Dockerfile", "FROM debian:trixie-slim\n").commit("a only");

            Map<String, ModuleChange> all = repo.detectAll(ContainerRepository.settings().withMode(ChangeMode.ALL));
            Map<String, ModuleChange> none = repo.detectAll(ContainerRepository.settings().withMode(ChangeMode.NONE));

            assertTrue(all.get("a").changed());
            assertTrue(all.get("b").changed());
            assertEquals("changed: change mode all builds every module", all.get("b").reason());
            assertFalse(none.get("a").changed());
            assertFalse(none.get("b").changed());
            assertEquals("unchanged: change mode none builds no module", none.get("a").reason());
        }
    }

    @Test
    void aBaselineRevisionReplacesTheReleaseTags() throws Exception {
        try (ContainerRepository repo = twoReleasedModules()) {
            String aChanged = repo.git.write("containers/a/Dockerfile", "FROM debian:trixie-slim\n").commit("a");
            repo.git.write("containers/b/Dockerfile", "FROM debian:trixie-slim\n").commit("b");
            DetectSettings settings = ContainerRepository.settings().withBaselineRevision("HEAD~1");

            ModuleChange a = repo.detect("a", settings);
            ModuleChange b = repo.detect("b", settings);

            assertFalse(a.changed());
            assertEquals("unchanged since HEAD~1 (" + aChanged.substring(0, 7) + ")", a.reason());
            assertEquals(new Baseline("HEAD~1", aChanged), a.baseline().orElseThrow());
            assertEquals("changed: Dockerfile since HEAD~1", b.reason());
        }
    }

    @Test
    void aBaselineRevisionWorksWithoutAnyTag() throws Exception {
        try (ContainerRepository repo = ContainerRepository.init(directory).module("a", "1.0.0-SNAPSHOT")) {
            String first = repo.git.commit("first");

            assertFalse(repo.detect("a", ContainerRepository.settings().withBaselineRevision(first)).changed());
            assertTrue(repo.detect("a").changed());
        }
    }

    @Test
    void anUnknownBaselineRevisionBuildsWithAWarning() throws Exception {
        try (ContainerRepository repo = twoReleasedModules()) {
            ModuleChange a = repo.detect("a", ContainerRepository.settings().withBaselineRevision("v9.9"));

            assertTrue(a.changed());
            assertEquals("changed: baseline 'v9.9' is not a commit of this clone", a.reason());
            assertTrue(a.warning().orElseThrow().contains("fetch it or name another baseline revision"));
            assertEquals(Optional.empty(), a.baseline());
        }
    }

    @Test
    void oneBuildLooksAtGitOnceAndTheNextBuildLooksAgain() throws Exception {
        try (ContainerRepository repo = twoReleasedModules()) {
            DetectSettings settings = ContainerRepository.settings();
            try (Detection build = new Detection()) {
                ContainerModule a = repo.moduleNamed("a");
                assertFalse(build.detector(settings).detect(a, repo.modules()).changed());
                repo.git.write("containers/a/Dockerfile", "FROM debian:trixie-slim\n").commit("a moves on");

                assertFalse(build.detector(settings).detect(a, repo.modules()).changed(),
                        "the same build keeps what it saw");
                assertSame(build.detector(settings), build.detector(settings));
            }
            assertTrue(repo.detect("a", settings).changed(), "the next build looks again");
        }
    }
}
