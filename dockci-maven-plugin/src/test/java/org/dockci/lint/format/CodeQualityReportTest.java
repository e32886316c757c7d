package org.dockci.lint.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dockci.dockerfile.Position;
import org.dockci.lint.FailureThreshold;
import org.dockci.lint.Finding;
import org.dockci.lint.LintedFile;
import org.dockci.lint.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GitLab's Code Quality format (docs.gitlab.com, "Code Quality", implementing a custom tool): a JSON array of
 * objects, each with the string {@code description}, {@code check_name}, {@code fingerprint}, {@code severity} (one
 * of info, minor, major, critical, blocker), {@code location.path} (from the repository's top) and the integer
 * {@code location.lines.begin}.
 */
class CodeQualityReportTest {

    private static final Set<String> SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

    @TempDir
    Path repository;

    private JsonNode report(Path displayBase, int shift) throws Exception {
        Path report = repository.resolve("target/dockci/gl-code-quality-report.json");
        CodeQualityReport.write(Fixture.linted(shift), new SourceFiles(displayBase, repository), report);
        return new ObjectMapper().readTree(report.toFile());
    }

    @Test
    void everyIssueHasGitLabsRequiredKeysWithTheirTypes() throws Exception {
        Fixture.writeFiles(repository, Fixture.WEB_TEXT);

        JsonNode issues = report(repository, 0);

        assertTrue(issues.isArray());
        assertEquals(6, issues.size());
        for (JsonNode issue : issues) {
            assertTrue(issue.path("description").isTextual(), issue.toString());
            assertTrue(issue.path("check_name").isTextual(), issue.toString());
            assertTrue(issue.path("fingerprint").isTextual() && !issue.path("fingerprint").asText().isEmpty());
            assertTrue(SEVERITIES.contains(issue.path("severity").asText()), issue.toString());
            assertTrue(issue.path("location").path("path").isTextual(), issue.toString());
            assertTrue(issue.path("location").path("lines").path("begin").isInt(), issue.toString());
        }
        JsonNode error = issues.get(2);
        assertEquals("DL3020 Use COPY instead of ADD for files and folders", error.get("description").asText());
        assertEquals("DL3020", error.get("check_name").asText());
        assertEquals("blocker", error.get("severity").asText());
        assertEquals("containers/web/Dockerfile", error.at("/location/path").asText());
        assertEquals(4, error.at("/location/lines/begin").asInt());
    }

    @Test
    void severitiesAreHadolintsGitlabOnes() throws Exception {
        Fixture.writeFiles(repository, Fixture.WEB_TEXT);

        JsonNode issues = report(repository, 0);

        assertEquals(List.of("major", "info", "blocker", "major", "minor", "blocker"),
                StreamSupport.stream(issues.spliterator(), false).map(issue -> issue.get("severity").asText())
                        .toList());
    }

    @Test
    void pathIsFromTheRepositoryTopWhereverMavenRuns() throws Exception {
        Fixture.writeFiles(repository, Fixture.WEB_TEXT);
        // Maven run in containers/web (-f containers/web/pom.xml): the finding names Dockerfile from there
        LintedFile web = new LintedFile("Dockerfile", true, List.of("DL3020"), List.of(new Finding("Dockerfile",
                new Position(4, 1), Severity.ERROR, "DL3020", "Use COPY")), FailureThreshold.ERROR);

        List<CodeQualityReport.Issue> issues = CodeQualityReport.issues(List.of(web),
                new SourceFiles(repository.resolve("containers/web"), repository));

        assertEquals("containers/web/Dockerfile", issues.get(0).location().path());
        assertEquals(fingerprints(report(repository, 0)).get(2), issues.get(0).fingerprint());
    }

    @Test
    void fingerprintStaysWhenLinesAreInsertedAbove() throws Exception {
        Fixture.writeFiles(repository, Fixture.WEB_TEXT);
        List<String> before = fingerprints(report(repository, 0));

        Fixture.writeFiles(repository, "# syntax=docker/dockerfile:1\n# a comment\n" + Fixture.WEB_TEXT);
        List<String> after = fingerprints(report(repository, 2));

        assertEquals(before, after);
    }

    @Test
    void identicalLinesGetDifferentFingerprints() throws Exception {
        Fixture.writeFiles(repository, Fixture.WEB_TEXT);

        List<String> fingerprints = fingerprints(report(repository, 0));

        // DL3008 on line 3 and on line 5, both `RUN apt-get install -y curl`
        assertNotEquals(fingerprints.get(0), fingerprints.get(3));
        assertEquals(fingerprints.size(), Set.copyOf(fingerprints).size());
    }

    @Test
    void fingerprintChangesWhenTheLineItselfChanges() throws Exception {
        Fixture.writeFiles(repository, Fixture.WEB_TEXT);
        List<String> before = fingerprints(report(repository, 0));

        Fixture.writeFiles(repository, Fixture.WEB_TEXT.replace("ADD webdav.conf", "ADD other.conf"));
        List<String> after = fingerprints(report(repository, 0));

        assertNotEquals(before.get(2), after.get(2));
        assertEquals(before.get(0), after.get(0));
    }

    private static List<String> fingerprints(JsonNode issues) {
        return StreamSupport.stream(issues.spliterator(), false).map(issue -> issue.get("fingerprint").asText())
                .toList();
    }
}
