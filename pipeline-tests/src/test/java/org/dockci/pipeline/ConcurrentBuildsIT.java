package org.dockci.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of this repository at once on one engine, as an agent with two executors runs them (issue 12): two
 * clones of the committed HEAD, one with a change to dockci-maven-plugin that is not committed (so both are at
 * the same commit, and both build x3-webdav's same candidate tag), with Jenkins' {@code BUILD_TAG} of its own and
 * the same local repository (as two executors share {@code ~/.m2}). The build with the changed plugin builds it
 * and x3-webdav with its ITs; the other also runs the plugin's invoker ITs that start containers (those that
 * judged "nothing left" over the whole engine). The first ends first, and runs its clean-up
 * ({@code scripts/remove-build-containers.sh}, Jenkins' post step) while the other has containers running; the
 * other's clean-up runs after it. Both pass; each lint ran its own plugin; the clean-ups removed nothing of the
 * other; nothing was installed into the shared local repository; nothing of either is left on the engine.
 */
@DisabledIfEnvironmentVariable(named = JenkinsWorkTrees.NESTED, matches = "true",
        disabledReason = "a run of the pipeline inside an end-to-end test runs the containers' ITs only")
class ConcurrentBuildsIT {

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(20);
    private static final Duration SHORT = Duration.ofMinutes(2);
    private static final String LINT_LINE = "log.info(what + \": \" + LintSummary.of(linted));";
    /** A line the changed plugin adds before its summary (the invoker ITs assert on the summary: left as it is). */
    private static final String CHANGED_MARK = "the changed plugin lints ";
    private static final String PLUGIN_JAR = "org/dockci/dockci-maven-plugin/1.0.0/dockci-maven-plugin-1.0.0.jar";

    @TempDir
    Path temp;

    private final List<String> identities = new ArrayList<>();

    /** One of the two builds: its clone, its identity, and its run once it ended. */
    private record Build(String name, Path workTree, String identity) {
    }

    @AfterEach
    void removeWhatTheBuildsLeft() {
        identities.forEach(JenkinsWorkTrees::removeLeftovers);
    }

    @Test
    void twoBuildsAtOnceOnOneEngineEachPassWithItsOwnPluginAndCleanOnlyTheirOwn() throws Exception {
        Path root = RepositoryRoot.path();
        GitCommand checkout = new GitCommand(root);
        String head = checkout.run("rev-parse", "HEAD");
        Path origin = temp.resolve("origin.git");
        new GitCommand(temp).run("init", "--quiet", "--bare", "--initial-branch=main", origin.toString());
        checkout.run("push", "--quiet", origin.toString(), head + ":refs/heads/main");

        String run = UUID.randomUUID().toString().substring(0, 8);
        Build changed = build("changed-plugin", origin, "jenkins-dockci-feature-" + run);
        Build same = build("same-commit", origin, "jenkins-dockci-main-" + run);
        Path lintMojo = changed.workTree().resolve("dockci-maven-plugin/src/main/java/org/dockci/mojo/LintMojo.java");
        String source = Files.readString(lintMojo);
        assertTrue(source.contains(LINT_LINE), "LintMojo's summary line moved: update this test's LINT_LINE");
        Files.writeString(lintMojo, source.replace(LINT_LINE, "log.info(\"" + CHANGED_MARK + "\" + what); " + LINT_LINE));
        assertEquals(head, new GitCommand(changed.workTree()).run("rev-parse", "HEAD"), "both at the same commit");

        List<String> localRepository = JenkinsWorkTrees.outerLocalRepositoryFlags(); // both builds share it
        String jarBefore = sharedPluginJarDigest();

        CompletableFuture<ProcessRun> first = CompletableFuture.supplyAsync(() -> verify(changed, localRepository,
                "-Dinvoker.skip=true"));
        CompletableFuture<ProcessRun> second = CompletableFuture.supplyAsync(() -> verify(same, localRepository,
                // the invoker ITs that start containers and judge what is left on the engine
                "-Dinvoker.test=container-*,report-*"));
        List<String> cleanedWhileOtherRan = new ArrayList<>();
        while (!(first.isDone() && second.isDone())) {
            cleanWhileTheOtherRuns(changed, first, same, second, cleanedWhileOtherRan);
            cleanWhileTheOtherRuns(same, second, changed, first, cleanedWhileOtherRan);
            Thread.sleep(500);
        }
        ProcessRun changedRun = first.join();
        ProcessRun sameRun = second.join();
        for (Build build : List.of(changed, same)) {
            if (!cleanedWhileOtherRan.contains(build.name())) {
                assertCleanUpRemovesNothing(build);
            }
        }

        assertTrue(changedRun.succeeded(), "the build with the changed plugin failed:\n" + changedRun.outputTail(80));
        assertTrue(sameRun.succeeded(), "the build at the same commit failed:\n" + sameRun.outputTail(80));
        assertFalse(cleanedWhileOtherRan.isEmpty(),
                "the build that ended first never had the other's containers running to clean up beside");
        // each lint line of x3-webdav came from the plugin of its own work tree
        assertTrue(changedRun.output().contains(CHANGED_MARK + "x3-webdav"),
                "the changed plugin's lint line is missing:\n" + changedRun.outputTail(80));
        assertFalse(sameRun.output().contains(CHANGED_MARK), "the build at the same commit ran the other's plugin");
        assertEquals(jarBefore, sharedPluginJarDigest(), "a build installed its plugin into the shared local repository");
        for (Build build : List.of(changed, same)) {
            for (String kind : List.of("container", "volume", "network")) {
                assertEquals(List.of(), JenkinsWorkTrees.leftovers(kind, build.identity()), build.name() + " left a " + kind);
            }
        }
    }

    private Build build(String name, Path origin, String identity) {
        Path clone = temp.resolve(name);
        new GitCommand(temp).run("clone", "--quiet", origin.toString(), clone.toString());
        identities.add(identity);
        return new Build(name, clone, identity);
    }

    /** When {@code ended} is done and {@code other} still runs a container, runs {@code ended}'s clean-up, once. */
    private void cleanWhileTheOtherRuns(Build ended, CompletableFuture<ProcessRun> endedRun, Build other,
            CompletableFuture<ProcessRun> otherRun, List<String> cleaned) {
        if (!endedRun.isDone() || otherRun.isDone() || cleaned.contains(ended.name())) {
            return;
        }
        String running = docker("ps", "-q", "--filter", "label=org.dockci.build=" + other.identity()).output().strip();
        if (running.isEmpty()) {
            return;
        }
        assertCleanUpRemovesNothing(ended);
        cleaned.add(ended.name());
    }

    /**
     * Runs {@code build}'s clean-up, which must remove nothing: the build ended and left nothing of its own, so
     * anything removed would be the other's (whose containers run the same image, of the same candidate tag).
     */
    private void assertCleanUpRemovesNothing(Build build) {
        CommandOutput cleanup = CommandOutput.of(List.of("scripts/remove-build-containers.sh"), build.workTree(), SHORT,
                environment(build));
        assertTrue(cleanup.succeeded(), build.name() + "'s clean-up failed: " + cleanup.output());
        assertTrue(cleanup.output().contains("remove-build-containers: 0 left-overs of build " + build.identity()
                + " removed"), build.name() + "'s clean-up removed something: " + cleanup.output());
    }

    private ProcessRun verify(Build build, List<String> localRepository, String invoker) {
        List<String> command = new ArrayList<>(List.of("./mvnw", "-B", "verify",
                "-pl", ".,dockci-maven-plugin,containers,containers/x3-webdav", invoker,
                // not the plugin's unit tests, which start nothing
                "-Dtest=none", "-Dsurefire.failIfNoSpecifiedTests=false"));
        command.addAll(localRepository);
        return ProcessRun.run(command, build.workTree(), environment(build), BUILD_TIMEOUT,
                temp.resolve(build.name() + ".log"));
    }

    /** This machine's environment with Jenkins' identity of {@code build}, and nothing a CI around the test set. */
    private static Map<String, String> environment(Build build) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.keySet().removeIf(name -> name.startsWith("MAVEN_") || name.startsWith("DOCKCI_")
                || name.equals("BUILD_TAG") || name.startsWith("GIT_"));
        environment.put("BUILD_TAG", build.identity());
        return environment;
    }

    /** A digest of the plugin jar in the shared local repository, or "absent". */
    private static String sharedPluginJarDigest() throws IOException, NoSuchAlgorithmException {
        Path jar = Path.of(JenkinsWorkTrees.outerLocalRepository().split(",", 2)[0]).resolve(PLUGIN_JAR);
        if (!Files.exists(jar)) {
            return "absent";
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));
    }

    private CommandOutput docker(String... args) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        return CommandOutput.of(command, temp, SHORT);
    }
}
