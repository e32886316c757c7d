package org.dockci.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dockci.dockerfile.Position;
import org.dockci.lint.FailureThreshold;
import org.dockci.lint.Finding;
import org.dockci.lint.LintRun;
import org.dockci.lint.LintedFile;
import org.dockci.lint.Severity;
import org.dockci.lint.format.LintFormats;
import org.dockci.lint.format.LintReports;
import org.dockci.lint.format.SourceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JoinedLintReportsTest {

    private static final Instant BUILD = Instant.now().minusSeconds(60);

    @TempDir
    Path repository;

    /** A container module linted in the build that started at {@code build}, with one error in its Dockerfile. */
    private ContainerFolder linted(String name, Instant build, String formats) throws Exception {
        Path folder = repository.resolve("containers/" + name);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("Dockerfile"), "FROM debian:trixie-slim\nADD a.conf /etc/\n");
        String file = "containers/" + name + "/Dockerfile";
        LintedFile linted = new LintedFile(file, true, List.of("DL3020"), List.of(new Finding(file,
                new Position(2, 1), Severity.ERROR, "DL3020", "Use COPY instead of ADD for files and folders")),
                FailureThreshold.ERROR);
        Path dockci = folder.resolve("target/dockci");
        LintRun.writeReports(List.of(linted), dockci);
        LintReports.write(LintFormats.parse(List.of(formats)).orElseThrow(), List.of(linted), dockci,
                new SourceFiles(repository, repository), Optional.empty());
        new ModuleRun(name, build, "", List.of(new GoalRun("dockci-maven-plugin:lint", "lint", Step.LINT,
                build.plusSeconds(1), build.plusSeconds(2), true)), false, "", "").write(dockci);
        return new ContainerFolder(name, "containers/" + name, folder.resolve("target"));
    }

    private List<Path> join(List<ContainerFolder> containers) throws Exception {
        RunReport report = RunReport.read(containers, RunReport.session(BUILD), "", List.of(), Instant.now());
        return JoinedLintReports.write(containers, report, repository.resolve("target/dockci"));
    }

    @Test
    void modulesOfThisBuildAreJoinedAtTheTop() throws Exception {
        List<ContainerFolder> containers = List.of(linted("web", BUILD, "gitlab,sarif"), linted("db", BUILD, "gitlab"));

        List<Path> written = join(containers);

        Path gitlab = repository.resolve("target/dockci/gl-code-quality-report.json");
        assertEquals(Set.of(gitlab, repository.resolve("target/dockci/lint.sarif")), Set.copyOf(written));
        JsonNode issues = new ObjectMapper().readTree(gitlab.toFile());
        assertEquals(List.of("containers/web/Dockerfile", "containers/db/Dockerfile"),
                List.of(issues.get(0).at("/location/path").asText(), issues.get(1).at("/location/path").asText()));
    }

    @Test
    void aModuleOfAnEarlierBuildIsLeftOut() throws Exception {
        List<ContainerFolder> containers = List.of(linted("web", BUILD, "gitlab"),
                linted("db", BUILD.minusSeconds(3600), "gitlab"));

        join(containers);

        JsonNode issues = new ObjectMapper().readTree(repository.resolve("target/dockci/gl-code-quality-report.json")
                .toFile());
        assertEquals(1, issues.size());
        assertEquals("containers/web/Dockerfile", issues.get(0).at("/location/path").asText());
    }

    @Test
    void aFileOlderThanThisBuildsLintIsLeftOutAndAStaleJoinedFileRemoved() throws Exception {
        ContainerFolder web = linted("web", BUILD, "gitlab");
        Path old = repository.resolve("containers/web/target/dockci/gl-code-quality-report.json");
        Files.setLastModifiedTime(old, FileTime.from(BUILD.minusSeconds(3600)));
        Path stale = repository.resolve("target/dockci/gl-code-quality-report.json");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "[]");

        List<Path> written = join(List.of(web));

        assertEquals(List.of(), written);
        assertFalse(Files.exists(stale));
    }
}
