package org.dockci.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerfileFinderTest {

    @TempDir
    Path root;

    private Path touch(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "FROM scratch\n");
    }

    private List<String> relative(List<Path> found) {
        return found.stream().map(path -> root.relativize(path).toString().replace('\\', '/')).toList();
    }

    @Test
    void folderIsSearchedForTheThreeNamingsSorted() throws IOException {
        touch("containers/web/Dockerfile");
        touch("containers/web/Dockerfile.debug");
        touch("containers/db/db.Dockerfile");
        touch("Dockerfile");

        assertEquals(List.of("Dockerfile", "containers/db/db.Dockerfile", "containers/web/Dockerfile",
                "containers/web/Dockerfile.debug"), relative(DockerfileFinder.find(List.of(root))));
    }

    @Test
    void otherFilesAreNotTaken() throws IOException {
        touch("containers/web/Dockerfile");
        touch("containers/web/dockerfile");
        touch("containers/web/Dockerfile-old");
        touch("containers/web/MyDockerfile");
        touch("containers/web/.dockerignore");
        touch("containers/web/Dockerfile.d/entrypoint.sh");

        assertEquals(List.of("containers/web/Dockerfile"), relative(DockerfileFinder.find(List.of(root))));
    }

    @Test
    void buildOutputAndToolFoldersAreSkipped() throws IOException {
        touch("containers/web/Dockerfile");
        touch("containers/web/target/classes/Dockerfile");
        touch(".git/Dockerfile");
        touch("site/node_modules/pkg/Dockerfile");
        touch("targets/Dockerfile");

        assertEquals(List.of("containers/web/Dockerfile", "targets/Dockerfile"),
                relative(DockerfileFinder.find(List.of(root))));
    }

    @Test
    void fileIsTakenAsItIsWhateverItsName() throws IOException {
        Path custom = touch("images/base.docker");

        assertEquals(List.of(custom), DockerfileFinder.find(List.of(custom)));
    }

    @Test
    void folderAskedForIsSearchedEvenWithASkippedName() throws IOException {
        touch("target/Dockerfile");

        assertEquals(List.of("target/Dockerfile"), relative(DockerfileFinder.find(List.of(root.resolve("target")))));
    }

    @Test
    void overlappingPathsGiveEachFileOnce() throws IOException {
        Path web = touch("containers/web/Dockerfile");
        touch("containers/db/Dockerfile");

        List<Path> found = DockerfileFinder.find(List.of(web, root.resolve("containers"),
                root.resolve("containers/web/../web/Dockerfile")));

        assertEquals(List.of("containers/db/Dockerfile", "containers/web/Dockerfile"), relative(found));
    }

    @Test
    void folderWithoutDockerfilesGivesNothing() throws IOException {
        touch("docs/README.md");

        assertEquals(List.of(), DockerfileFinder.find(List.of(root.resolve("docs"))));
    }

    @Test
    void missingPathIsAnErrorNamingIt() throws IOException {
        touch("containers/web/Dockerfile");
        Path missing = root.resolve("containers/wbe");

        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> DockerfileFinder.find(List.of(root.resolve("containers/web"), missing)));

        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }
}
