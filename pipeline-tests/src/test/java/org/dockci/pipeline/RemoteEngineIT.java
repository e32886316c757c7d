package org.dockci.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole verify against a remote Docker engine over TLS (issue 18): x3-webdav's {@code ./mvnw verify} on a clone of
 * the committed HEAD, with {@code DOCKER_HOST=tcp://<address>:2376}, {@code DOCKER_TLS_VERIFY} and
 * {@code DOCKER_CERT_PATH} naming a second engine ({@link RemoteEngine}) and nothing else said: fabric8 builds and
 * starts on it, the plugin's docker CLI (packages, structure tests) runs there, the ports are published on the
 * engine's host (the address {@code dockci:detect} takes from {@code DOCKER_HOST}) and the wait and the ITs call it.
 * The build passes with its ITs run, the image is on the second engine, and nothing of the build ran on the first:
 * no container with the build's identity started there (its events, watched while the build ran), no image of the
 * build's namespace made there. Jenkins' clean-up ({@code scripts/remove-build-containers.sh}) with the same
 * variables removes what an aborted build left on the second engine.
 */
@DisabledIfEnvironmentVariable(named = JenkinsWorkTrees.NESTED, matches = "true",
        disabledReason = "a run of the pipeline inside an end-to-end test runs the containers' ITs only")
class RemoteEngineIT {

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(15);
    private static final String BASE_IMAGE = "debian:trixie-slim";

    @TempDir
    Path temp;

    private final String identity = "remote-engine-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final String namespace = identity;

    @AfterEach
    void removeWhatTheBuildLeftOnTheFirstEngine() {
        // nothing, if the test passes; a failed one may have built or started there
        JenkinsWorkTrees.removeLeftovers(identity);
        JenkinsWorkTrees.removeImages("*/" + namespace + "/*");
    }

    @Test
    void theWholeVerifyRunsOnARemoteEngineOverTlsAndNothingOnTheFirst() throws Exception {
        Path clone = temp.resolve("repo");
        new GitCommand(temp).run("clone", "--quiet", RepositoryRoot.path().toString(), clone.toString());

        try (RemoteEngine engine = RemoteEngine.start(temp)) {
            engine.loadFromFirstEngine(BASE_IMAGE);
            Path firstEngineEvents = temp.resolve("first-engine-events.log");
            Process watch = watchContainers(firstEngineEvents);
            ProcessRun run;
            try {
                run = verify(clone, engine);
            } finally {
                watch.destroy();
                watch.waitFor();
            }

            assertTrue(run.succeeded(), "verify against the remote engine failed:\n" + run.outputTail(120)
                    + "\nthe remote engine's log:\n" + engine.log());
            assertEquals(List.of(), Files.readAllLines(firstEngineEvents).stream()
                    .filter(line -> line.startsWith(identity + " ")).toList(),
                    "a container of the build ran on the first engine");
            // the wait and the ITs called the engine's host, where the port was published
            Matcher wait = Pattern.compile("Waiting on url http://([^:/]+):\\d+/-/health").matcher(run.output());
            assertTrue(wait.find(), "no wait on x3-webdav's health URL:\n" + run.outputTail(120));
            assertEquals(engine.address(), wait.group(1), "docker:start waited on another address");
            Path failsafe = clone.resolve("containers/x3-webdav/target/failsafe-reports/failsafe-summary.xml");
            String summary = Files.readString(failsafe);
            Matcher completed = Pattern.compile("<completed>(\\d+)</completed>").matcher(summary);
            assertTrue(completed.find() && Integer.parseInt(completed.group(1)) > 0, "no IT ran: " + summary);
            assertTrue(summary.contains("<failures>0</failures>") && summary.contains("<errors>0</errors>"), summary);
            assertTrue(Pattern.compile("x3-webdav: \\d+ structure tests, 0 failed").matcher(run.output()).find(),
                    "dockci:structure did not run on the image:\n" + run.outputTail(120));

            String image = "localhost:5000/" + namespace + "/x3-webdav:" + candidateTag(clone);
            assertEquals(0, engine.docker("image", "inspect", image).exitCode(), image + " is not on the remote engine");
            String ranThere = engine.docker("events", "--since", "0", "--until",
                    Long.toString(Instant.now().getEpochSecond()), "--filter", "type=container",
                    "--filter", "event=start", "--filter", "label=org.dockci.build=" + identity, "--format",
                    "{{.Actor.Attributes.name}}").output();
            assertTrue(ranThere.contains("x3-webdav-"), "docker:start's container did not run on the remote engine: "
                    + ranThere);
            assertTrue(ranThere.contains("dockci-check-"), "dockci's own containers (the package listing) did not run"
                    + " on the remote engine: " + ranThere);
            for (String kind : List.of("container", "volume", "network")) {
                List<String> left = new ArrayList<>(List.of(kind, "ls", "-q", "--filter", "label=org.dockci.build="
                        + identity));
                if (kind.equals("container")) {
                    left.add("--all");
                }
                assertEquals("", engine.docker(left.toArray(String[]::new)).output().strip(),
                        "the build left a " + kind + " on the remote engine");
            }

            // what an aborted build would leave there: Jenkins' clean-up finds it on the same engine
            engine.docker("run", "--detach", "--label", "org.dockci.build=" + identity, BASE_IMAGE, "sleep", "600");
            CommandOutput cleanup = CommandOutput.of(List.of("scripts/remove-build-containers.sh"), clone,
                    Duration.ofMinutes(2), buildEnvironment(engine));
            assertTrue(cleanup.output().contains("remove-build-containers: 1 left-overs of build " + identity
                    + " removed"), "the clean-up did not remove the container on the remote engine: " + cleanup.output());
        }

        assertEquals("", JenkinsWorkTrees.docker("images", "-q", "--filter", "reference=*/" + namespace + "/*")
                .output().strip(), "the build made an image on the first engine");
    }

    /**
     * Writes every container event of the first engine to {@code log}, one line each, {@code <org.dockci.build label>
     * <action> <name>}, until the returned process is destroyed; returns once it is seen to watch (a container of
     * its own, with another identity, created and removed).
     */
    private Process watchContainers(Path log) throws IOException, InterruptedException {
        Process watch = new ProcessBuilder("docker", "events", "--filter", "type=container", "--format",
                "{{index .Actor.Attributes \"org.dockci.build\"}} {{.Action}} {{.Actor.Attributes.name}}")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String control = identity + "-watch";
        String id = JenkinsWorkTrees.docker("create", "--label", "org.dockci.build=" + control, BASE_IMAGE, "true")
                .output().strip();
        JenkinsWorkTrees.docker("rm", "--force", id);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!Files.readString(log).contains(control + " create")) {
            if (!watch.isAlive() || Instant.now().isAfter(deadline)) {
                watch.destroy();
                throw new IllegalStateException("docker events does not watch the first engine: " + Files.readString(log));
            }
            Thread.sleep(100);
        }
        return watch;
    }

    /** {@code ./mvnw -B verify} of x3-webdav, the plugin built in the reactor, against {@code engine} only. */
    private ProcessRun verify(Path clone, RemoteEngine engine) {
        List<String> command = new ArrayList<>(List.of("./mvnw", "-B", "verify",
                "-pl", ".,dockci-maven-plugin,containers,containers/x3-webdav",
                "-Ddockci.changes=all", "-Ddockci.namespace=" + namespace,
                // the plugin is built in the reactor for its goals, its own tests are not this test's business
                "-Dtest=none", "-Dsurefire.failIfNoSpecifiedTests=false", "-Dinvoker.skip=true"));
        command.addAll(JenkinsWorkTrees.outerLocalRepositoryFlags());
        return ProcessRun.run(command, clone, buildEnvironment(engine), BUILD_TIMEOUT, temp.resolve("build.log"));
    }

    /** This machine's environment with the build's identity and {@code engine}'s, and nothing a CI around the test set. */
    private Map<String, String> buildEnvironment(RemoteEngine engine) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.keySet().removeIf(name -> name.startsWith("MAVEN_") || name.startsWith("DOCKCI_")
                || name.equals("BUILD_TAG") || name.startsWith("GIT_") || name.startsWith("DOCKER_"));
        environment.put("DOCKCI_BUILD_ID", identity);
        environment.putAll(engine.clientEnvironment());
        return environment;
    }

    /** The candidate tag dockci:detect gave x3-webdav's image. */
    private static String candidateTag(Path clone) throws IOException {
        Properties metadata = new Properties();
        try (var reader = Files.newBufferedReader(clone.resolve("containers/x3-webdav/target/dockci/metadata.properties"))) {
            metadata.load(reader);
        }
        return metadata.getProperty("dockci.tag");
    }
}
