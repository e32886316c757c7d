package org.dockci.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CodeNarc's Jenkinsfile rules, through npm-groovy-lint 15 with the {@code .groovylintrc.json} next to the
 * Jenkinsfile, find nothing in it: every finding, info included, fails the build (the file is small; a finding
 * is fixed, or its rule is switched off in .groovylintrc.json with the reason). A copy with known mistakes is
 * linted in the same run, to show the lint really runs and reports.
 *
 * <p>npm-groovy-lint is installed by {@code scripts/build-env.sh}. Without it the tests are skipped on a
 * developer's machine and fail in CI ({@code CI=true}).
 */
class GroovyLintTest {

    private static final String INSTALL = "run scripts/build-env.sh (it runs npm install --global npm-groovy-lint@15)";
    private static final String MAJOR_VERSION = "15.";
    private static final String CONFIG = ".groovylintrc.json";

    /** Findings by file, from npm-groovy-lint's JSON output. */
    private static Map<String, List<Finding>> findings;
    private static Path copy;
    private static Path broken;

    /** One CodeNarc finding. */
    record Finding(int line, String rule, String severity, String message) {
    }

    @BeforeAll
    static void lint(@TempDir Path workDir) throws IOException {
        Path executable = installedGroovyLint();
        Path root = RepositoryRoot.path();
        // Both files under one folder: npm-groovy-lint gives CodeNarc their common folder to scan.
        copy = Files.copy(root.resolve("Jenkinsfile"), workDir.resolve("Jenkinsfile"));
        Files.copy(root.resolve(CONFIG), workDir.resolve(CONFIG));
        broken = Files.createDirectories(workDir.resolve("broken")).resolve("Jenkinsfile");
        Files.writeString(broken, Files.readString(copy)
                .replace("disableConcurrentBuilds()", "disableConcurrentBuilds()\n        def unused = 1")
                .replace("sh 'scripts/release-changed.sh'", "sh \"scripts/release-changed.sh\""));
        // --noserver: no CodeNarc server left running in the background after the test
        ProcessRun run = ProcessRun.run(List.of(executable.toString(), "--noserver", "--failon", "info", "--output", "json",
                copy.toString(), broken.toString()), workDir, System.getenv(), Duration.ofMinutes(3), workDir.resolve("lint.log"));
        if (run.exitCode() > 1) {
            fail("npm-groovy-lint failed (exit code " + run.exitCode() + "):\n" + run.outputTail(40));
        }
        String output = run.output();
        int json = output.indexOf('{');
        assertTrue(json >= 0, "no JSON from npm-groovy-lint:\n" + output);
        JsonNode files = new ObjectMapper().readTree(output.substring(json)).path("files");
        findings = Map.of(copy.toString(), findingsOf(files.path(copy.toString())),
                broken.toString(), findingsOf(files.path(broken.toString())));
        assertTrue(files.has(copy.toString()) && files.has(broken.toString()), "both files linted: " + files);
    }

    @Test
    void jenkinsfileHasNoFinding() {
        List<Finding> found = findings.get(copy.toString());
        assertEquals(List.of(), found, () -> "CodeNarc on the Jenkinsfile: fix these or switch the rule off in "
                + CONFIG + " with the reason:\n" + String.join("\n", found.stream().map(Finding::toString).toList()));
    }

    @Test
    void mistakesInACopyAreFound() {
        List<String> rules = findings.get(broken.toString()).stream().map(Finding::rule).toList();
        assertTrue(rules.contains("UnusedVariable"), rules.toString());
        assertTrue(rules.contains("UnnecessaryGString"), rules.toString());
    }

    private static List<Finding> findingsOf(JsonNode file) {
        List<Finding> found = new ArrayList<>();
        for (JsonNode error : file.path("errors")) {
            found.add(new Finding(error.path("line").asInt(), error.path("rule").asText(), error.path("severity").asText(),
                    error.path("msg").asText()));
        }
        return found;
    }

    /** npm-groovy-lint 15 on PATH; skipped without it, except in CI, where it must be there. */
    private static Path installedGroovyLint() throws IOException {
        Optional<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(folder -> !folder.isBlank())
                .map(folder -> Path.of(folder, "npm-groovy-lint"))
                .filter(Files::isExecutable).findFirst();
        String problem;
        if (onPath.isEmpty()) {
            problem = "npm-groovy-lint is not on PATH";
        } else {
            // its package.json: `npm-groovy-lint --version` would start a CodeNarc server that stays behind
            Path packageJson = onPath.get().toRealPath().getParent().resolveSibling("package.json");
            String version = Files.isRegularFile(packageJson)
                    ? new ObjectMapper().readTree(packageJson.toFile()).path("version").asText() : "unknown";
            if (version.startsWith(MAJOR_VERSION)) {
                return onPath.get();
            }
            problem = "npm-groovy-lint on PATH is version " + version + ", not " + MAJOR_VERSION + "x";
        }
        String message = problem + ": " + INSTALL;
        if ("true".equals(System.getenv("CI"))) {
            fail(message + " (CI=true: the lint must run in CI)");
        }
        Assumptions.abort(message);
        return null;
    }
}
