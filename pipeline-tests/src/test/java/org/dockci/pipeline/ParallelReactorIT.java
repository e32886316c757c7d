package org.dockci.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parallel reactor (issue 18): {@code ./mvnw -T 2 verify} on a clone of the committed HEAD whose containers are
 * two small generated services, each answering its own name, each with one IT that checks it reached its own
 * service. The ITs of both modules run while both services are up (each IT waits, with a deadline, until the other
 * module's container runs too): the module's ports reach its ITs, not the other's, and nothing is left on the engine;
 * a third module that declares the first as its base starts only once that one is done.
 * Then a module that fails at {@code docker:build} while the other's container runs: the build fails, the other
 * module's ITs still pass, its {@code docker:stop} still runs, and nothing is left either. And failsafe itself
 * failing between {@code docker:start} and {@code docker:stop}, with {@code -T 2} and without: the container
 * docker:stop did not remove is removed all the same, and said.
 */
@DisabledIfEnvironmentVariable(named = JenkinsWorkTrees.NESTED, matches = "true",
        disabledReason = "a run of the pipeline inside an end-to-end test runs the containers' ITs only")
class ParallelReactorIT {

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(15);

    @TempDir
    Path temp;

    private final String identity = "parallel-reactor-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final String namespace = identity;
    private int builds;

    @AfterEach
    void removeWhatTheBuildLeft() {
        JenkinsWorkTrees.removeLeftovers(identity);
        JenkinsWorkTrees.removeImages("*/" + namespace + "/*");
    }

    @Test
    void twoContainersTestAtOnceEachAgainstItsOwnService() throws IOException {
        // gamma declares alpha as its base (a POM dependency, as a container built FROM another one does)
        Path clone = cloneWith(List.of(service("alpha", "beta"), service("beta", "alpha"),
                dependingOn(service("gamma", ""), "alpha")));

        ProcessRun run = verify(clone, "alpha", "beta", "gamma");

        assertTrue(run.succeeded(), "-T 2 verify failed:\n" + run.outputTail(120));
        for (String module : List.of("Alpha", "Beta")) {
            assertTrue(Pattern.compile("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in org\\.dockci\\"
                    + ".parallel\\." + module + "IT").matcher(run.output()).find(),
                    module + "'s IT did not run and pass:\n" + run.outputTail(120));
        }
        assertTrue(run.output().contains("Using the MultiThreadedBuilder implementation with a thread count of 2"),
                "the build was not parallel:\n" + run.outputTail(40));
        assertFalse(firstStart(clone, "gamma").isBefore(lastEnd(clone, "alpha")),
                "gamma started before its base alpha was done");
        assertNothingLeft();
    }

    @Test
    void aModuleFailingWhileAnotherTestsLeavesNothingBehind() throws IOException {
        // alpha's IT waits until broken has ended (its run.json written when a module ends): broken fails while
        // alpha's container runs
        Path clone = cloneWith(List.of(service("alpha", null), broken()));

        ProcessRun run = verify(clone, "alpha", "broken");

        assertFalse(run.succeeded(), "the build with a broken container passed:\n" + run.outputTail(80));
        assertTrue(run.output().contains(":build (build-image) on project broken: Unable to build image"),
                "broken did not fail at docker:build:\n" + run.outputTail(80));
        assertTrue(Pattern.compile("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in "
                + "org\\.dockci\\.parallel\\.AlphaIT").matcher(run.output()).find(),
                "alpha's IT did not run and pass beside the failing module:\n" + run.outputTail(120));
        assertNothingLeft();
    }

    @Test
    void failsafeFailingBetweenStartAndStopLeavesNothingBehindInEitherMode() throws IOException {
        Path clone = cloneWith(List.of(service("alpha", "")));

        // -T 2 with failsafe's forkCount 0 forced: the refusal of issue 18, after docker:start
        ProcessRun parallel = verify(clone, "2", List.of("-Ddockci.it.forkCount=0"), "alpha");
        // one module at a time, failsafe refusing a forkCount it cannot read
        ProcessRun serial = verify(clone, "1", List.of("-Ddockci.it.forkCount=none"), "alpha");

        for (ProcessRun run : List.of(parallel, serial)) {
            assertFalse(run.succeeded(), "the build passed:\n" + run.outputTail(80));
            assertTrue(run.output().contains("maven-failsafe-plugin") && run.output().contains("on project alpha"),
                    "alpha did not fail at failsafe:\n" + run.outputTail(80));
            assertTrue(run.output().contains("alpha: failed at failsafe:integration-test, after docker:start and before"
                    + " docker:stop: removed the container docker:stop would have removed (alpha-"),
                    "the left container was not removed, or not said:\n" + run.outputTail(80));
        }
        assertTrue(parallel.output().contains("parallel maven execution is not compatible with surefire forkCount 0"),
                parallel.outputTail(80));
        assertNothingLeft();
    }

    private void assertNothingLeft() {
        for (String kind : List.of("container", "volume", "network")) {
            assertEquals(List.of(), JenkinsWorkTrees.leftovers(kind, identity), "the build left a " + kind);
        }
    }

    /** A container module's files, by path from the module's folder. */
    private record Module(String name, Map<String, String> files) {
    }

    /**
     * A service answering {@code name}; its IT checks the answer on the module's own port, after waiting until the
     * container of {@code waitsForRunning} runs too (when null, until the module {@code broken} has ended; when
     * empty, at once).
     */
    private Module service(String name, String waitsForRunning) {
        String className = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "IT";
        String wait = waitsForRunning == null ? """
                        Await.until("the module broken to end", DEADLINE,
                                () -> Files.exists(Path.of("..", "broken", "target", "dockci", "run.json")));"""
                : waitsForRunning.isEmpty() ? "" : """
                        Await.until("%s's container to run beside this one", DEADLINE, () -> !Docker.run("ps", "-q",
                                "--filter", "label=org.dockci.build=" + System.getProperty("dockci.build.id"),
                                "--filter", "name=^%s-").isBlank());""".formatted(waitsForRunning, waitsForRunning);
        Map<String, String> files = new HashMap<>();
        files.put("Dockerfile", """
                # %1$s: a tiny HTTP service for ParallelReactorIT; answers every request with its name.
                FROM debian:trixie-slim
                COPY serve.pl /usr/local/bin/serve.pl
                ENV SERVICE_NAME=%1$s
                USER nobody
                EXPOSE 8080
                ENTRYPOINT ["perl", "/usr/local/bin/serve.pl"]
                """.formatted(name));
        files.put("serve.pl", """
                use strict;
                use warnings;
                use IO::Socket::INET;

                $SIG{TERM} = sub { exit 0 };
                my $server = IO::Socket::INET->new(LocalAddr => '0.0.0.0:8080', Listen => 16, ReuseAddr => 1)
                    or die "cannot listen on 8080: $!\\n";
                while (my $client = $server->accept) {
                    while (my $line = <$client>) {
                        last if $line =~ /^\\r?\\n$/;
                    }
                    my $body = "$ENV{SERVICE_NAME}\\n";
                    print $client "HTTP/1.0 200 OK\\r\\nContent-Length: " . length($body) . "\\r\\n\\r\\n$body";
                    close $client;
                }
                """);
        files.put("pom.xml", ContainerModules.pom(name, """
                    <docker.ports.1>127.0.0.1:service.port:8080</docker.ports.1>
                    <docker.wait.http.url>http://127.0.0.1:${service.port}/</docker.wait.http.url>
                """, ""));
        files.put("src/test/java/org/dockci/parallel/" + className + ".java", """
                package org.dockci.parallel;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import java.nio.charset.StandardCharsets;
                import java.nio.file.Files;
                import java.nio.file.Path;
                import java.time.Duration;
import java.time.Instant;

                import org.dockci.testkit.Await;
                import org.dockci.testkit.Docker;
                import org.dockci.testkit.Http;
                import org.dockci.testkit.ServiceUnderTest;
                import org.junit.jupiter.api.Test;

                class %s {

                    private static final Duration DEADLINE = Duration.ofMinutes(5);

                    @Test
                    void theServiceOnThisModulesPortIsThisModules() {
                %s
                        byte[] body = Http.anonymous().send("GET", ServiceUnderTest.uri("service.port", "/")).body();
                        assertEquals("%s", new String(body, StandardCharsets.UTF_8).strip());
                        assertEquals(true, ServiceUnderTest.image().contains("/%s:"), ServiceUnderTest.image());
                    }
                }
                """.formatted(className, wait, name, name));
        return new Module(name, files);
    }

    /** {@code module} with a POM dependency on the container module {@code base}. */
    private static Module dependingOn(Module module, String base) {
        Map<String, String> files = new HashMap<>(module.files());
        files.put("pom.xml", files.get("pom.xml").replace("</properties>\n", "</properties>\n"
                + ContainerModules.dependencyOn(base)));
        return new Module(module.name(), files);
    }

    /** When the first goal {@code module}'s run.json recorded started. */
    private static Instant firstStart(Path clone, String module) throws IOException {
        return goalTimes(clone, module, "start").min(Comparator.naturalOrder()).orElseThrow();
    }

    /** When the last goal {@code module}'s run.json recorded ended. */
    private static Instant lastEnd(Path clone, String module) throws IOException {
        return goalTimes(clone, module, "end").max(Comparator.naturalOrder()).orElseThrow();
    }

    private static Stream<Instant> goalTimes(Path clone, String module, String field) throws IOException {
        JsonNode run = new ObjectMapper().readTree(clone.resolve("containers/" + module + "/target/dockci/run.json")
                .toFile());
        List<Instant> times = new ArrayList<>();
        run.get("goals").forEach(goal -> times.add(Instant.parse(goal.get(field).asText())));
        return times.stream();
    }

    /** A container whose image does not build. */
    private Module broken() {
        return new Module("broken", Map.of(
                "Dockerfile", """
                        # broken: its build fails, for ParallelReactorIT.
                        FROM debian:trixie-slim
                        RUN exit 3
                        USER nobody
                        """,
                "pom.xml", ContainerModules.pom("broken", "", "")));
    }

    /** A clone of the committed HEAD whose only containers are {@code modules}. */
    private Path cloneWith(List<Module> modules) throws IOException {
        Path clone = temp.resolve("repo");
        new GitCommand(temp).run("clone", "--quiet", RepositoryRoot.path().toString(), clone.toString());
        for (Module module : modules) {
            for (Map.Entry<String, String> file : module.files().entrySet()) {
                Path path = clone.resolve("containers").resolve(module.name()).resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        }
        ContainerModules.list(clone, modules.stream().map(Module::name).toList());
        return clone;
    }

    private ProcessRun verify(Path clone, String... containers) {
        return verify(clone, "2", List.of(), containers);
    }

    /** {@code ./mvnw -B -T THREADS verify} of {@code containers}, with {@code flags}. */
    private ProcessRun verify(Path clone, String threads, List<String> flags, String... containers) {
        List<String> projects = new ArrayList<>(List.of(".", "dockci-maven-plugin", "containers"));
        for (String container : containers) {
            projects.add("containers/" + container);
        }
        List<String> command = new ArrayList<>(List.of("./mvnw", "-B", "-T", threads, "verify", "-pl",
                String.join(",", projects), "-Ddockci.changes=all", "-Ddockci.namespace=" + namespace,
                // the plugin is built in the reactor for its goals, its own tests are not this test's business
                "-Dtest=none", "-Dsurefire.failIfNoSpecifiedTests=false", "-Dinvoker.skip=true"));
        command.addAll(JenkinsWorkTrees.outerLocalRepositoryFlags());
        command.addAll(flags);
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.keySet().removeIf(name -> name.startsWith("MAVEN_") || name.startsWith("DOCKCI_")
                || name.equals("BUILD_TAG") || name.startsWith("GIT_"));
        environment.put("DOCKCI_BUILD_ID", identity);
        // a log of each build's own: a run's output is read from it
        Path log = temp.resolve("build-" + (++builds) + ".log");
        return ProcessRun.run(command, clone, environment, BUILD_TIMEOUT, log);
    }
}
