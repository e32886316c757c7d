package org.dockci.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/self-tests.sh on throwaway repositories shaped like this one: which of dockci's own suites a build
 * runs, from what changed since the last successful build or the newest release tag, and the line it says.
 */
class SelfTestsScriptTest {

    /** What the stand-in for scripts/plugin-repository.sh prints: the flags of the work tree's plugin repository. */
    private static final String PLUGIN_REPOSITORY = "-Dmaven.repo.local=/work/target/dockci/plugin-repository";

    @TempDir
    Path repository;

    private GitCommand git;
    private String first;

    /** What the script printed: the flags on standard output, its line on standard error. */
    private record Decision(String flags, String line) {
    }

    @BeforeEach
    void makeRepository() throws IOException {
        git = new GitCommand(repository);
        git.run("init", "--quiet", "--initial-branch=main");
        for (String file : List.of("pom.xml", "mvnw", "Jenkinsfile", "dockci-maven-plugin/pom.xml",
                "pipeline-tests/pom.xml", "containers/pom.xml", "containers/x3-webdav/Dockerfile", "README.md")) {
            write(file, "1\n");
        }
        Path script = Files.createDirectories(repository.resolve("scripts")).resolve("self-tests.sh");
        Files.copy(RepositoryRoot.path().resolve("scripts/self-tests.sh"), script);
        // scripts/plugin-repository.sh installs the plugin with Maven (the end-to-end tests run it for real): a
        // stand-in that says what the flags would be, and that it was asked
        Path repositoryScript = script.resolveSibling("plugin-repository.sh");
        Files.writeString(repositoryScript, "#!/bin/sh\necho asked >> plugin-repository.log\necho "
                + PLUGIN_REPOSITORY + "\n");
        repositoryScript.toFile().setExecutable(true);
        commit("the repository");
        first = git.run("rev-parse", "HEAD");
    }

    private void write(String file, String text) throws IOException {
        Files.createDirectories(repository.resolve(file).getParent());
        Files.writeString(repository.resolve(file), text);
    }

    private void commit(String message) {
        git.run("add", "--all");
        git.run("-c", "user.name=t", "-c", "user.email=t@localhost", "commit", "--quiet", "--message", message);
    }

    private Decision decide(Map<String, String> environment) {
        return decide(environment, "");
    }

    private Decision decide(Map<String, String> environment, String arguments) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("GIT_PREVIOUS_SUCCESSFUL_COMMIT");
        env.remove("DOCKCI_SELF_TESTS");
        env.putAll(environment);
        List<String> command = List.of("bash", "-c", "scripts/self-tests.sh " + arguments + " 2>stderr.txt");
        CommandOutput run = CommandOutput.of(command, repository, Duration.ofSeconds(30), env);
        assertTrue(run.succeeded(), run.output());
        try {
            String line = Files.readString(repository.resolve("stderr.txt")).strip();
            Files.delete(repository.resolve("stderr.txt"));
            return new Decision(run.output().strip(), line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withoutBaselineEverythingRuns() {
        Decision decision = decide(Map.of());

        assertEquals("", decision.flags());
        assertEquals("self-tests: dockci-maven-plugin and pipeline-tests run: no baseline (no last successful build,"
                + " no release tag)", decision.line());
    }

    @Test
    void aDockerfileChangeSinceTheLastSuccessfulBuildSkipsBothSuites() throws IOException {
        write("containers/x3-webdav/Dockerfile", "2\n");
        commit("webdav");

        Decision decision = decide(Map.of("GIT_PREVIOUS_SUCCESSFUL_COMMIT", first));

        // both suites out of the reactor; the plugin then comes from the work tree's own repository, built once
        assertEquals("-pl !dockci-maven-plugin,!pipeline-tests " + PLUGIN_REPOSITORY, decision.flags());
        assertEquals("self-tests: dockci-maven-plugin skipped (unchanged), pipeline-tests skipped (unchanged), since the"
                + " last successful build, " + first.substring(0, 7), decision.line());
    }

    @Test
    void aPluginChangeRunsBothSuites() throws IOException {
        write("dockci-maven-plugin/src/main/java/A.java", "class A {}\n");
        commit("plugin");

        Decision decision = decide(Map.of("GIT_PREVIOUS_SUCCESSFUL_COMMIT", first));

        assertEquals("", decision.flags());
        assertFalse(Files.exists(repository.resolve("plugin-repository.log")), "the reactor builds the plugin");
        assertTrue(decision.line().startsWith("self-tests: dockci-maven-plugin runs (changed: dockci-maven-plugin/src/main/java/A.java),"
                + " pipeline-tests run (changed: dockci-maven-plugin/src/main/java/A.java)"), decision.line());
    }

    @Test
    void aJenkinsfileChangeRunsOnlyThePipelineTests() throws IOException {
        write("Jenkinsfile", "2\n");
        commit("pipeline");

        Decision decision = decide(Map.of("GIT_PREVIOUS_SUCCESSFUL_COMMIT", first));

        assertEquals("-pl !dockci-maven-plugin " + PLUGIN_REPOSITORY, decision.flags());
        assertTrue(decision.line().contains("pipeline-tests run (changed: Jenkinsfile)"), decision.line());
    }

    @Test
    void anUncommittedOrUntrackedChangeCounts() throws IOException {
        write("pom.xml", "2\n");
        write("scripts/new.sh", "echo\n");

        Decision decision = decide(Map.of("GIT_PREVIOUS_SUCCESSFUL_COMMIT", first));

        assertEquals("", decision.flags());
        assertTrue(decision.line().contains("pipeline-tests run (changed: pom.xml, scripts/new.sh)"), decision.line());
    }

    @Test
    void withoutLastSuccessfulBuildTheNewestReleaseTagIsTheBaseline() throws IOException {
        git.run("tag", "x3-webdav-1.0.0");
        write("README.md", "2\n");
        commit("docs");

        Decision decision = decide(Map.of("GIT_PREVIOUS_SUCCESSFUL_COMMIT", "0123456789abcdef0123456789abcdef01234567"));

        assertEquals("-pl !dockci-maven-plugin,!pipeline-tests " + PLUGIN_REPOSITORY, decision.flags());
        assertTrue(decision.line().endsWith("since release tag x3-webdav-1.0.0 (the last successful build"
                + " 0123456789abcdef0123456789abcdef01234567 is not in this clone)"), decision.line());
    }

    @Test
    void alwaysRunsEverythingWhateverChanged() {
        Decision decision = decide(Map.of("GIT_PREVIOUS_SUCCESSFUL_COMMIT", first, "DOCKCI_SELF_TESTS", "always"));

        assertEquals("", decision.flags());
        assertEquals("self-tests: dockci-maven-plugin and pipeline-tests run: DOCKCI_SELF_TESTS=always", decision.line());
    }

    // --- --suites: the suites that run, for a fan-out branch of their own

    @Test
    void theSuitesThatRunAreNamedWithoutAskingForThePluginRepository() throws IOException {
        assertEquals("dockci-maven-plugin,pipeline-tests", decide(Map.of(), "--suites").flags(), "no baseline: both");
        write("Jenkinsfile", "2\n");
        commit("pipeline");

        Decision decision = decide(Map.of("GIT_PREVIOUS_SUCCESSFUL_COMMIT", first), "--suites");

        assertEquals("pipeline-tests", decision.flags());
        assertTrue(decision.line().contains("pipeline-tests run (changed: Jenkinsfile)"), decision.line());
        assertFalse(Files.exists(repository.resolve("plugin-repository.log")), "a list of suites needs no plugin");
    }

    @Test
    void noSuiteIsNamedWhenNoneRuns() throws IOException {
        write("containers/x3-webdav/Dockerfile", "2\n");
        commit("webdav");

        assertEquals("", decide(Map.of("GIT_PREVIOUS_SUCCESSFUL_COMMIT", first), "--suites").flags());
        assertEquals("dockci-maven-plugin,pipeline-tests",
                decide(Map.of("GIT_PREVIOUS_SUCCESSFUL_COMMIT", first, "DOCKCI_SELF_TESTS", "always"), "--suites").flags());
    }
}
