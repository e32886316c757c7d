package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Change mode refresh: released images that went stale without a commit are built, with the reason; the rest is not. */
class RefreshModeTest {

    @TempDir
    Path directory;

    private final List<String> asked = new ArrayList<>();

    /** A staleness check that calls the modules in {@code stale} stale and records what it was asked. */
    private StalenessCheck staleOnly(String... stale) {
        return (module, release) -> {
            asked.add(module.name() + "@" + release.name());
            return List.of(stale).contains(module.name())
                    ? new StalenessCheck.Freshness(true, "2 pending updates: openssl 3.0.15 → 3.0.17, libssl3 3.0.15 → 3.0.17")
                    : new StalenessCheck.Freshness(false, "nothing pending (apt), base current");
        };
    }

    private static DetectSettings refresh() {
        return ContainerRepository.settings().withMode(ChangeMode.REFRESH);
    }

    private Map<String, ModuleChange> detectAll(ContainerRepository repo, StalenessCheck staleness) {
        Map<String, ModuleChange> changes = new java.util.LinkedHashMap<>();
        try (Detection build = new Detection()) {
            build.detector(refresh(), () -> staleness).detectAll(repo.modules())
                    .forEach(change -> changes.put(change.module(), change));
        }
        return changes;
    }

    @Test
    void aStaleReleasedImageIsBuiltWithItsPendingUpdatesAsReason() throws Exception {
        try (ContainerRepository repo = ContainerRepository.released(directory, "a", "b")) {
            Map<String, ModuleChange> changes = detectAll(repo, staleOnly("a"));

            assertTrue(changes.get("a").changed());
            assertEquals("refresh: 2 pending updates: openssl 3.0.15 → 3.0.17, libssl3 3.0.15 → 3.0.17",
                    changes.get("a").reason());
            assertFalse(changes.get("b").changed());
            assertTrue(changes.get("b").reason().matches("unchanged since b-1\\.0\\.0 \\(\\w{7}\\); refresh: nothing pending"
                    + " \\(apt\\), base current"), changes.get("b").reason());
            assertEquals(List.of("a@a-1.0.0", "b@b-1.0.0"), asked, "each released image is asked once, by its release tag");
        }
    }

    @Test
    void aModuleChangedByACommitIsBuiltWithoutAskingAboutItsReleasedImage() throws Exception {
        try (ContainerRepository repo = ContainerRepository.released(directory, "a", "b")) {
            repo.git.write("containers/a/Dockerfile", "FROM debian:trixie-slim\n").commit("a moves on");

            Map<String, ModuleChange> changes = detectAll(repo, staleOnly());

            assertEquals("changed: Dockerfile since a-1.0.0", changes.get("a").reason());
            assertEquals(List.of("b@b-1.0.0"), asked);
        }
    }

    @Test
    void aStaleBaseRebuildsTheModulesBuiltFromIt() throws Exception {
        ContainerRepository repo = ContainerRepository.init(directory).module("base", "1.0.0-SNAPSHOT")
                .module("top", "1.0.0-SNAPSHOT", "base");
        try (repo) {
            repo.git.commit("two modules");
            repo.release("base", "1.0.0", "1.0.1-SNAPSHOT");
            repo.release("top", "1.0.0", "1.0.1-SNAPSHOT");

            Map<String, ModuleChange> changes = detectAll(repo, staleOnly("base"));

            assertTrue(changes.get("base").reason().startsWith("refresh: 2 pending updates"));
            assertTrue(changes.get("top").changed());
            assertTrue(changes.get("top").reason().startsWith("refresh: base base: 2 pending updates"),
                    changes.get("top").reason());
        }
    }

    @Test
    void aModuleNeverReleasedIsBuiltWithoutAsking() throws Exception {
        ContainerRepository repo = ContainerRepository.init(directory).module("a", "1.0.0-SNAPSHOT");
        try (repo) {
            repo.git.commit("a");

            Map<String, ModuleChange> changes = detectAll(repo, staleOnly());

            assertTrue(changes.get("a").reason().startsWith("changed: no baseline"), changes.get("a").reason());
            assertEquals(List.of(), asked);
        }
    }

    @Test
    void aCheckThatCannotLookFailsTheDetection() throws Exception {
        try (ContainerRepository repo = ContainerRepository.released(directory, "a")) {
            StalenessCheck unreachable = (module, release) -> {
                throw new IllegalStateException("deb.debian.org does not answer");
            };

            assertThrows(IllegalStateException.class, () -> detectAll(repo, unreachable));
        }
    }

    @Test
    void refreshRefusesABaselineRevision() {
        DetectConfigurationException refused = assertThrows(DetectConfigurationException.class,
                () -> new Detection().detector(refresh().withBaselineRevision("main~3"), () -> staleOnly()));

        assertTrue(refused.getMessage().contains("leave dockci.baseline unset"), refused.getMessage());
    }

    @Test
    void refreshIsAModeName() {
        assertEquals(ChangeMode.REFRESH, ChangeMode.parse(" Refresh "));
    }
}
