package org.dockci.lint.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {

    @TempDir
    Path repository;

    @Test
    void pathsAreFromTheRepositoryTopWhateverTheDisplayBase() {
        SourceFiles fromTop = new SourceFiles(repository, repository);
        SourceFiles fromModule = new SourceFiles(repository.resolve("containers/web"), repository);

        assertEquals("containers/web/Dockerfile", fromTop.repositoryPath("containers/web/Dockerfile"));
        assertEquals("containers/web/Dockerfile", fromModule.repositoryPath("Dockerfile"));
        assertEquals("containers/db/Dockerfile", fromModule.repositoryPath("../db/Dockerfile"));
    }

    @Test
    void uriIsEscapedAndRelativeInsideTheRepository() {
        SourceFiles sources = new SourceFiles(repository, repository);

        assertEquals("containers/my%20app/Dockerfile", sources.repositoryUri("containers/my app/Dockerfile"));
    }

    @Test
    void fileOutsideTheRepositoryIsAbsolute(@TempDir Path elsewhere) {
        SourceFiles sources = new SourceFiles(repository, repository);
        Path outside = elsewhere.resolve("Dockerfile");

        assertEquals(outside.toString().replace('\\', '/'), sources.repositoryPath(outside.toString()));
        assertTrue(sources.repositoryUri(outside.toString()).startsWith("file:/"));
    }

    @Test
    void linesAreReadAsDockerSplitsThem() throws Exception {
        Files.writeString(repository.resolve("Dockerfile"), "FROM a\r\nRUN b\n\nRUN \u00e9\n");
        SourceFiles sources = new SourceFiles(repository, repository);

        assertEquals("FROM a", sources.line("Dockerfile", 1));
        assertEquals("RUN b", sources.line("Dockerfile", 2));
        assertEquals("", sources.line("Dockerfile", 3));
        assertEquals("RUN \u00e9", sources.line("Dockerfile", 4));
        assertEquals("", sources.line("Dockerfile", 9));
        assertEquals("", sources.line("Gone", 1));
    }
}
