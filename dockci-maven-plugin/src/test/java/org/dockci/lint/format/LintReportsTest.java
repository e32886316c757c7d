package org.dockci.lint.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.dockci.lint.LintFindings;
import org.dockci.lint.LintRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintReportsTest {

    @TempDir
    Path repository;

    private List<String> filesIn(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void severalFormatsWriteSeveralFiles() throws Exception {
        Fixture.writeFiles(repository, Fixture.WEB_TEXT);
        Path reports = repository.resolve("target/dockci");

        List<Path> written = LintReports.write(LintFormats.parse(List.of("sarif,gitlab,json,hadolint")).orElseThrow(),
                Fixture.linted(0), reports, new SourceFiles(repository, repository), Optional.empty());

        assertEquals(List.of("gl-code-quality-report.json", "lint-hadolint.json", "lint-hadolint.txt", "lint.sarif"),
                filesIn(reports));
        assertEquals(4, written.size());
    }

    @Test
    void defaultWritesTheJUnitAndCheckstyleReportsAsBefore() throws Exception {
        Path reports = repository.resolve("target/dockci");

        LintRun.writeReports(Fixture.linted(0), reports);

        assertEquals(List.of("TEST-dockci-lint.xml", "checkstyle-lint.xml", LintFindings.NAME), filesIn(reports));
    }

    @Test
    void ttyAloneWritesNoFile() throws Exception {
        Path reports = repository.resolve("target/dockci");

        List<Path> written = LintReports.write(LintFormats.parse(List.of("tty")).orElseThrow(), Fixture.linted(0),
                reports, new SourceFiles(repository, repository), Optional.empty());

        assertEquals(List.of(), written);
    }
}
