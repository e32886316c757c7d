package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uncommitted changes count (switchable); what .gitignore covers, such as a build's target/, does not. */
class WorkTreeTest {

    @TempDir
    Path directory;

    private ContainerRepository released() throws Exception {
        return ContainerRepository.released(directory, "a", "b");
    }

    @Test
    void aModifiedFileIsAChangeAndMakesTheModuleDirty() throws Exception {
        try (ContainerRepository repo = released()) {
            repo.git.write("containers/a/Dockerfile", "FROM debian:trixie-slim\n");

            ModuleChange a = repo.detect("a");

            assertEquals("changed: uncommitted Dockerfile", a.reason());
            assertTrue(a.dirty());
            assertFalse(repo.detect("b").changed());
            assertFalse(repo.detect("b").dirty());
        }
    }

    @Test
    void anUntrackedFileIsAChange() throws Exception {
        try (ContainerRepository repo = released()) {
            repo.git.write("containers/a/new.conf", "x");

            assertEquals("changed: uncommitted new.conf", repo.detect("a").reason());
        }
    }

    @Test
    void aGitignoredFileIsNoChangeAndNotDirty() throws Exception {
        try (ContainerRepository repo = released()) {
            repo.git.write("containers/a/target/dockci/metadata.json", "{}");

            ModuleChange a = repo.detect("a");

            assertFalse(a.changed(), a.reason());
            assertFalse(a.dirty());
        }
    }

    @Test
    void committedAndUncommittedChangesAreBothNamed() throws Exception {
        try (ContainerRepository repo = released()) {
            repo.git.write("containers/a/Dockerfile", "FROM debian:trixie-slim\n").commit("a");
            repo.git.write("containers/a/notes.txt", "x").write("containers/a/Dockerfile", "FROM scratch\n");

            assertEquals("changed: Dockerfile since a-1.0.0; uncommitted notes.txt", repo.detect("a").reason());
        }
    }

    @Test
    void switchedOffUncommittedChangesDoNotCountButStillMakeTheModuleDirty() throws Exception {
        try (ContainerRepository repo = released()) {
            repo.git.write("containers/a/Dockerfile", "FROM debian:trixie-slim\n");

            ModuleChange a = repo.detect("a", ContainerRepository.settings().withWorkTreeCounts(false));

            assertFalse(a.changed(), a.reason());
            assertTrue(a.dirty());
        }
    }

    @Test
    void anUncommittedSharedInputChangesEveryModule() throws Exception {
        try (ContainerRepository repo = released()) {
            repo.git.write("containers/pom.xml", "<project><!-- edited --></project>\n");
            DetectSettings settings = ContainerRepository.settings().withSharedInputs(List.of("containers/pom.xml"));

            assertTrue(repo.detect("a", settings).changed());
            assertTrue(repo.detect("b", settings).changed());
            assertFalse(repo.detect("b", settings.withWorkTreeCounts(false)).changed());
        }
    }
}
