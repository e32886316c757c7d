package org.dockci.lint.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.dockci.dockerfile.Position;
import org.dockci.lint.FailureThreshold;
import org.dockci.lint.Finding;
import org.dockci.lint.LintedFile;
import org.dockci.lint.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadolintLinesTest {

    /** What a problem matcher written for hadolint's default output reads: {@code FILE:LINE CODE SEVERITY: MESSAGE}. */
    private static final Pattern MATCHER =
            Pattern.compile("^(.+):(\\d+) ((?:DL|SC|DC)\\d+) (error|warning|info|style): (.+)$");

    @Test
    void lineHasHadolintsShapeWithoutColumn() {
        Finding finding = new Finding("containers/x3-webdav/Dockerfile", new Position(12, 7), Severity.ERROR, "DL3020",
                "Use COPY instead of ADD for files and folders");

        assertEquals("containers/x3-webdav/Dockerfile:12 DL3020 error: Use COPY instead of ADD for files and folders",
                HadolintLines.line(finding));
    }

    @Test
    void fileHasOneMatchingLinePerFindingInOrder(@TempDir Path folder) throws Exception {
        Path report = folder.resolve("target/dockci/lint-hadolint.txt");

        HadolintLines.write(Fixture.linted(0), report);

        List<String> lines = Files.readAllLines(report);
        assertEquals(6, lines.size());
        lines.forEach(line -> assertTrue(MATCHER.matcher(line).matches(), line));
        assertEquals("containers/web/Dockerfile:3 DL3008 warning: Pin versions in apt get install. Instead of"
                + " `apt-get install <package>` use `apt-get install <package>=<version>`", lines.get(0));
        assertEquals("containers/web/Dockerfile:6 DL4000 style: MAINTAINER is deprecated", lines.get(4));
        assertEquals("containers/db/Dockerfile:2 DC1000 error: unknown instruction: RUNN (did you mean RUN?)",
                lines.get(5));
    }

    @Test
    void multiLineMessageStaysOnOneLine(@TempDir Path folder) throws Exception {
        Path report = folder.resolve("lint-hadolint.txt");
        Finding finding = new Finding("Dockerfile", new Position(1, 1), Severity.INFO, "DL3059", "one\ntwo");

        HadolintLines.write(List.of(new LintedFile("Dockerfile", true, List.of("DL3059"), List.of(finding),
                FailureThreshold.ERROR)), report);

        assertEquals(List.of("Dockerfile:1 DL3059 info: one two"), Files.readAllLines(report));
    }
}
