package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A work tree that is not a commit: its uncommitted files, their digest, a merge in progress; the release edit aside. */
class DirtyWorkTreeTest {

    @TempDir
    Path directory;

    @Test
    void aCleanWorkTreeIsNotDirty() throws Exception {
        try (ContainerRepository repo = ContainerRepository.released(directory, "a")) {
            ModuleChange a = repo.detect("a");

            assertFalse(a.dirty());
            assertEquals(List.of(), a.uncommitted());
            assertEquals(Optional.empty(), a.operation());
        }
    }

    @Test
    void anUncommittedFileMakesItDirtyWithADigestOfItsContent() throws Exception {
        try (ContainerRepository repo = ContainerRepository.released(directory, "a")) {
            Path conf = repo.root().resolve("containers/a/webdav.conf");
            Files.writeString(conf, "<<<<<<< HEAD\nListen 8080\n=======\nListen 8081\n>>>>>>> feature\n");

            ModuleChange first = repo.detect("a");
            ModuleChange again = repo.detect("a");
            Files.writeString(conf, "Listen 8081\n");
            ModuleChange other = repo.detect("a");

            assertEquals(List.of("webdav.conf"), first.uncommitted());
            assertTrue(first.dirtyDigest().orElseThrow().matches("[0-9a-f]{8}"), first.dirtyDigest().toString());
            assertEquals(first.dirtyDigest(), again.dirtyDigest(), "the same files give the same tag");
            assertNotEquals(first.dirtyDigest(), other.dirtyDigest(), "other contents give another tag");
        }
    }

    @Test
    void theReleasePluginsVersionEditIsNotDirt() throws Exception {
        try (ContainerRepository repo = ContainerRepository.released(directory, "a")) {
            Path pom = repo.root().resolve("containers/a/pom.xml");
            Files.writeString(pom, Files.readString(pom).replace("1.0.1-SNAPSHOT", "1.0.1"));

            assertFalse(repo.detect("a").dirty(), "release:prepare builds the release version before committing it");
        }
    }

    @Test
    void aMergeInProgressIsNamed() throws Exception {
        try (ContainerRepository repo = ContainerRepository.released(directory, "a")) {
            String head = repo.detect("a").commit();
            Files.writeString(repo.root().resolve(".git/MERGE_HEAD"), head + "\n");

            assertEquals(Optional.of("a merge"), repo.detect("a").operation());
            assertTrue(repo.detect("a").deployRefusal().orElseThrow().contains("a merge in progress"));
        }
    }
}
