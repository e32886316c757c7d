package org.dockci.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * The Jenkinsfile's fan-out, for real: a commit that changes two containers that do not build FROM each other, on a
 * clone of a bare origin made as Jenkins makes it; Lint runs there, then Build &amp; test, whose functions
 * ({@code verifyChanged}, {@code verifyOnAgent}) run in Groovy with {@link WorkTreeJenkins}: the two branches at once,
 * each on an "agent" of its own, a work tree cloned from the same origin, against the same engine; then post. Checks
 * that both branches pass at the same time, each built and tested its own container only with the plugin the Lint stage
 * built (unstashed, not built again) and an identity of its own, that their reports came back to the first work tree
 * (junit's files, the run report), and that nothing is left on the engine.
 *
 * <p>The run is a feature branch's: no release (the release reads the first work tree's build.json, which the fan-out
 * leaves as Lint wrote it; {@link ReleaseEndToEndIT} releases). Nested builds as in {@link ReleaseEndToEndIT}:
 * MAVEN_ARGS skip the plugin's own tests, name images under a namespace of the test's own, and chain a local
 * repository of the test's own to the build's; the agent has no git identity ({@link PipelineStory}).
 */
@DisabledIfEnvironmentVariable(named = JenkinsWorkTrees.NESTED, matches = "true",
        disabledReason = "a run of the pipeline inside an end-to-end test: the story does not run itself again")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FanOutEndToEndIT {

    private static final List<String> CHANGED = List.of("x3-registry", "x3-webdav");
    private static final String BUILD = "Build & test";
    private static final Path LOGS = Path.of("target", "e2e-logs", "fan-out");

    private final String buildTag = "jenkins-dockci-fan-out-" + UUID.randomUUID().toString().substring(0, 8);
    private PipelineStory story;
    private List<String> containers;

    @BeforeAll
    void makeOrigin() throws Exception {
        story = PipelineStory.onMachineRegistry("fanout", LOGS);
        Path seed = story.seed("seed");
        GitCommand seedGit = new GitCommand(seed);
        containers = ContainerModules.names(seed);
        // every container released once at this commit: the baselines change detection compares with
        for (String container : containers) {
            seedGit.run("tag", "--annotate", "--message", "release", container + "-1.0.0");
        }
        for (String container : CHANGED) {
            Files.writeString(seed.resolve("containers").resolve(container).resolve("Dockerfile"),
                    "# changed by FanOutEndToEndIT at " + Instant.now() + "\n", StandardOpenOption.APPEND);
        }
        PipelineStory.commitAndPush(seed, String.join(" and ", CHANGED) + ": changed");
    }

    @AfterAll
    void removeWhatTheRunLeft() throws IOException {
        if (story == null) {
            return;
        }
        for (String identity : identities()) {
            JenkinsWorkTrees.removeLeftovers(identity);
        }
        story.close();
    }

    private List<String> identities() {
        return List.of(buildTag, buildTag + "/containers-1", buildTag + "/containers-2");
    }

    @Test
    void twoChangedContainersAreBuiltAndTestedAtOnceOnTwoAgentsAndTheirReportsComeBack() throws IOException {
        Path main = story.workTree("run");
        PipelineRun run = story.run("run", Map.of(
                "BRANCH_NAME", "feature-two-containers",
                "GIT_BRANCH", "feature-two-containers",
                "JOB_NAME", "dockci/feature-two-containers",
                "BUILD_TAG", buildTag));

        assertTrue(run.failedStage().isEmpty(), "the pipeline failed:\n" + run.summary());
        assertEquals(List.of("Lint", BUILD), run.ranStages(), "a feature branch: no release");
        // in reactor order (containers/pom.xml's modules)
        assertEquals(List.of("containers/x3-webdav", "containers/x3-registry"),
                Files.readAllLines(main.resolve("target/dockci/changes.txt")), "Lint's detection, left as it was");

        // two branches, on two agents of their own, building at the same time
        assertEquals(Set.of("containers-1", "containers-2"), run.agents().keySet(), run.summary());
        List<PipelineRun.StepRun> builds = new ArrayList<>();
        for (String branch : run.agents().keySet()) {
            List<PipelineRun.StepRun> verify = run.stepsOf(BUILD, branch).stream()
                    .filter(step -> step.command().startsWith("./mvnw -B verify")).toList();
            assertEquals(1, verify.size(), branch + " ran one build:\n" + run.summary());
            builds.add(verify.get(0));
        }
        assertTrue(builds.get(0).started().isBefore(builds.get(1).ended())
                && builds.get(1).started().isBefore(builds.get(0).ended()),
                "the two branches' builds ran at the same time:\n" + run.summary());
        assertTrue(run.stepsOf(BUILD, PipelineRun.MAIN_AGENT).stream()
                .noneMatch(step -> step.command().startsWith("./mvnw")), "no build on the first agent:\n" + run.summary());

        Map<String, String> builtBy = new HashMap<>();
        for (Map.Entry<String, Path> agent : run.agents().entrySet()) {
            String branch = agent.getKey();
            Path workTree = agent.getValue();
            assertFalse(workTree.equals(main), "an agent's work tree is its own");
            String output = run.stepsOf(BUILD, branch).stream().map(step -> step.process().output())
                    .reduce("", String::concat);
            assertTrue(output.contains("plugin-repository: dockci-maven-plugin of these sources in " + workTree
                    + "/target/dockci/plugin-repository, installed by another work tree"), branch + " took the Lint"
                    + " stage's plugin:\n" + output);
            assertFalse(Files.exists(workTree.resolve("dockci-maven-plugin/target/classes")), branch
                    + " did not build the plugin again");
            List<String> tested = new ArrayList<>();
            for (String container : containers) {
                if (Files.isDirectory(workTree.resolve("containers").resolve(container).resolve("target/failsafe-reports"))) {
                    tested.add(container);
                }
            }
            assertEquals(1, tested.size(), branch + " tested one container: " + tested);
            String container = tested.get(0);
            builtBy.put(container, branch);
            Map<String, String> metadata = properties(workTree.resolve("containers").resolve(container)
                    .resolve("target/dockci/metadata.properties"));
            assertEquals(buildTag + "/" + branch, metadata.get("dockci.build.id"), branch + "'s own identity");
        }
        assertEquals(Set.copyOf(CHANGED), builtBy.keySet(), "each changed container was built by one branch");

        // their reports came back to the first work tree: junit's, the run report's
        for (String container : CHANGED) {
            Path module = main.resolve("containers").resolve(container);
            try (Stream<Path> reports = Files.list(module.resolve("target/failsafe-reports"))) {
                assertTrue(reports.anyMatch(file -> file.getFileName().toString().startsWith("TEST-")),
                        container + "'s IT reports are in the first work tree");
            }
            assertTrue(Files.readString(module.resolve("target/dockci/run.json"))
                    .contains("\"pipeline\" : \"" + buildTag + "/" + builtBy.get(container) + "\""), container
                    + "'s record is its branch's");
        }
        String report = Files.readString(main.resolve("target/dockci/report.html"));
        for (String container : containers) {
            String status = CHANGED.contains(container) ? "passed" : "unchanged";
            assertTrue(report.contains("data-module=\"" + container + "\" data-status=\"" + status + "\""),
                    "the run report shows " + container + " " + status);
        }

        // nothing left, by any identity of the run
        for (String identity : identities()) {
            for (String kind : List.of("container", "volume", "network")) {
                assertEquals(List.of(), JenkinsWorkTrees.leftovers(kind, identity), identity + " left a " + kind);
            }
        }
        List<String> running = JenkinsWorkTrees.docker("ps", "--all", "--format", "{{.Image}}").output().lines()
                .filter(image -> image.startsWith(story.image(""))).toList();
        assertEquals(List.of(), running, "no container of the test's images is left");
    }

    private static Map<String, String> properties(Path file) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return values;
    }
}
