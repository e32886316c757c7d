package org.dockci.pipeline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * The security refresh, for real and offline: an apt repository of the test's own (a package
 * {@code dockci-testpkg} made with {@code dpkg-deb}, indexed with {@code dpkg-scanpackages}, served on a free
 * loopback port), a registry of its own (Debian's docker-registry on another free port: never the user's), and
 * a repository whose one container, x3-testpkg, installs that package. The Jenkinsfile's {@code sh} steps run as
 * in {@link ReleaseEndToEndIT}: a push releases x3-testpkg 1.0.0 with the package at 1.0; the repository then
 * gets 1.1; the nightly run ({@code DOCKCI_CHANGES=refresh}, what the Jenkinsfile's parameterizedCron sets) finds
 * {@code dockci-testpkg 1.0 → 1.1}, rebuilds without cache, runs the ITs and releases 1.0.1 with exactly that
 * upgrade in its package diff; the next night finds nothing and releases nothing.
 */
@DisabledIfEnvironmentVariable(named = ReleaseEndToEndIT.NESTED, matches = "true",
        disabledReason = "a run of the pipeline inside an end-to-end test: the story does not run itself again")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RefreshEndToEndIT {

    private static final String MODULE = "x3-testpkg";
    private static final String MODULE_FOLDER = "containers/" + MODULE;
    private static final String PACKAGE = "dockci-testpkg";
    private static final String BUILD = "Build & test";
    private static final String RELEASE = "Release changed containers";
    private static final Path LOGS = Path.of("target", "e2e-logs", "refresh");

    private PipelineStory story;
    private Path aptRepository;
    private HttpServer aptServer;
    private String repository;
    private boolean released;
    private boolean refreshed;

    @BeforeAll
    void makeTheRepositoriesAndServers() throws Exception {
        for (String tool : List.of("dpkg-deb", "dpkg-scanpackages", "docker-registry")) {
            if (!CommandOutput.of(List.of("sh", "-c", "command -v " + tool), Path.of("."), Duration.ofSeconds(10)).succeeded()) {
                fail(tool + " is missing: run scripts/build-env.sh (it installs dpkg-dev and docker-registry)");
            }
        }
        story = PipelineStory.withThrowawayRegistry("refresh", LOGS);
        aptRepository = Files.createDirectories(story.temp().resolve("apt"));
        publishPackage("1.0");
        aptServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        aptServer.createContext("/", exchange -> {
            Path file = aptRepository.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(aptRepository) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, Files.size(file));
                try (OutputStream body = exchange.getResponseBody()) {
                    Files.copy(file, body);
                }
            }
            exchange.close();
        });
        aptServer.start();
        repository = story.namespace() + "/" + MODULE;
        makeOrigin();
    }

    @AfterAll
    void removeEverythingTheTestMade() throws IOException {
        if (aptServer != null) {
            aptServer.stop(0);
        }
        if (story != null) {
            story.close();
        }
    }

    @Test
    @Order(1)
    void aPushReleasesTheContainerWithThePackageAtOne() throws IOException {
        PipelineRun run = story.run("run-1", Map.of());

        assertTrue(run.failedStage().isEmpty(), "the pipeline failed:\n" + run.summary());
        assertTrue(story.originGit().run("tag").lines().anyMatch((MODULE + "-1.0.0")::equals),
                "x3-testpkg-1.0.0 tagged");
        assertEquals("1.0", packageVersionIn(story.image(MODULE) + ":1.0.0"));
        released = true;
    }

    @Test
    @Order(2)
    void theNightlyRefreshRebuildsTestsAndReleasesThePendingUpdate() throws Exception {
        Assumptions.assumeTrue(released, "needs the release of the run before");
        publishPackage("1.1");

        PipelineRun run = story.run("run-2", Map.of("DOCKCI_CHANGES", "refresh"));

        assertTrue(run.failedStage().isEmpty(), "the refresh failed:\n" + run.summary());
        String build = run.outputOf(BUILD);
        assertTrue(build.contains(MODULE + ": refresh: 1 pending update: " + PACKAGE + " 1.0 → 1.1"),
                "the reason names the update:\n" + detectLines(build));
        assertFalse(build.contains("Using cache"), "a refresh builds without the build cache");
        assertTrue(build.contains(MODULE + ": rebuilt without cache, nothing pending"), "the rebuilt image was checked");
        Path workTree = story.workTree("run-2");
        assertEquals(List.of(MODULE_FOLDER), Files.readAllLines(workTree.resolve("target/dockci/changes.txt")));
        assertTrue(Files.isDirectory(workTree.resolve(MODULE_FOLDER).resolve("target/failsafe-reports")), "its ITs ran");

        JsonNode diff = new ObjectMapper().readTree(workTree.resolve(MODULE_FOLDER).resolve("target/dockci/package-diff.json")
                .toFile()).path("diff");
        assertAll(
                () -> assertEquals(1, diff.path("upgraded").size(), diff.toString()),
                () -> assertEquals(PACKAGE, diff.path("upgraded").get(0).path("name").asText()),
                () -> assertEquals("1.0", diff.path("upgraded").get(0).path("from").asText()),
                () -> assertEquals("1.1", diff.path("upgraded").get(0).path("to").asText()),
                () -> assertEquals(0, diff.path("added").size() + diff.path("removed").size() + diff.path("downgraded").size(),
                        "exactly that upgrade: " + diff));
        JsonNode sbom = new ObjectMapper().readTree(workTree.resolve(MODULE_FOLDER).resolve("target/dockci/sbom.cdx.json").toFile());
        assertTrue(sbom.toString().contains("pkg:deb/debian/" + PACKAGE + "@1.1?arch=all"), "the bill of materials has 1.1");

        assertTrue(story.originGit().run("tag").lines().anyMatch((MODULE + "-1.0.1")::equals),
                "the refresh is released as the next patch:\n" + run.outputOf(RELEASE));
        RegistryApi registry = story.registry();
        assertTrue(registry.tags(repository).containsAll(List.of("1.0.1", "1.0", "1", "latest")), registry.tags(repository).toString());
        assertEquals("1.1", packageVersionIn(story.image(MODULE) + ":1.0.1"));
        assertEquals("1.1", packageVersionIn(story.image(MODULE) + ":latest"));
        refreshed = true;
    }

    @Test
    @Order(3)
    void theNextNightFindsNothingAndReleasesNothing() throws IOException {
        Assumptions.assumeTrue(refreshed, "needs the refresh of the run before");
        List<String> originBefore = story.originGit().refs();
        Map<String, String> registryBefore = story.pushed();

        PipelineRun run = story.run("run-3", Map.of("DOCKCI_CHANGES", "refresh"));

        assertTrue(run.failedStage().isEmpty(), "the pipeline failed:\n" + run.summary());
        assertTrue(run.outputOf(BUILD).contains(MODULE + ": unchanged since " + MODULE + "-1.0.1"),
                detectLines(run.outputOf(BUILD)));
        assertTrue(run.outputOf(BUILD).contains("refresh: nothing pending (apt), base current"),
                detectLines(run.outputOf(BUILD)));
        assertAll(
                () -> assertEquals(List.of(), Files.readAllLines(story.workTree("run-3")
                        .resolve("target/dockci/changes.txt"))),
                () -> assertEquals(originBefore, story.originGit().refs(), "no tag, no commit"),
                () -> assertEquals(registryBefore, story.pushed(), "nothing pushed"));
    }

    // --- the apt repository

    /** Builds {@code dockci-testpkg_<version>_all.deb} into the repository and indexes every package in it again. */
    private void publishPackage(String version) throws IOException {
        Path root = Files.createDirectories(story.temp().resolve("deb-" + version));
        Path control = Files.createDirectories(root.resolve("DEBIAN")).resolve("control");
        Files.writeString(control, """
                Package: %s
                Version: %s
                Architecture: all
                Maintainer: dockci tests <dockci@localhost>
                Description: a package of the refresh end-to-end test
                """.formatted(PACKAGE, version));
        Path share = Files.createDirectories(root.resolve("usr/share/" + PACKAGE));
        Files.writeString(share.resolve("version"), version + "\n");
        run(story.temp(), "dpkg-deb", "--root-owner-group", "--build", root.toString(),
                aptRepository.resolve(PACKAGE + "_" + version + "_all.deb").toString());
        // the index alone on standard output: dpkg-scanpackages' warnings go to its log, not into the index
        run(aptRepository, "sh", "-c", "dpkg-scanpackages --multiversion . /dev/null > Packages 2> ../scanpackages.log");
    }

    private static String run(Path directory, String... command) {
        CommandOutput output = CommandOutput.of(List.of(command), directory, Duration.ofMinutes(1));
        assertTrue(output.succeeded(), String.join(" ", command) + ": " + output.output());
        return output.output();
    }

    /** The version of the package in {@code image}, read from the file it installs. */
    private static String packageVersionIn(String image) {
        CommandOutput read = docker("run", "--rm", "--entrypoint", "cat", image, "/usr/share/" + PACKAGE + "/version");
        assertTrue(read.succeeded(), read.output());
        return read.output().strip();
    }

    // --- the repository of one container

    private void makeOrigin() throws IOException {
        Path seed = story.seed("seed");
        String base = Files.readString(seed.resolve("containers/x3-webdav/Dockerfile")).lines()
                .filter(line -> line.startsWith("FROM ")).findFirst().orElseThrow().substring(5).strip();
        ContainerModules.replaceAll(seed, List.of(MODULE));
        Path module = Files.createDirectories(seed.resolve(MODULE_FOLDER));
        Files.writeString(module.resolve("Dockerfile"), """
                # x3-testpkg: installs the package of the test's own apt repository, and nothing from Debian's
                FROM %s
                # hadolint ignore=DL3008
                RUN rm -f /etc/apt/sources.list /etc/apt/sources.list.d/* \\
                 && echo 'deb [trusted=yes] http://127.0.0.1:%d/ ./' > /etc/apt/sources.list.d/dockci-test.list \\
                 && apt-get update \\
                 && apt-get install -y --no-install-recommends %s \\
                 && rm -rf /var/lib/apt/lists/*
                USER nobody
                HEALTHCHECK CMD ["test", "-f", "/usr/share/%s/version"]
                ENTRYPOINT ["sh", "-c", "echo x3-testpkg ready && exec sleep infinity"]
                """.formatted(base, aptServer.getAddress().getPort(), PACKAGE, PACKAGE));
        Files.writeString(module.resolve("pom.xml"), ContainerModules.pom(MODULE, """
                    <!-- the build reaches the test's apt repository on the host's loopback -->
                    <docker.build.network>host</docker.build.network>
                    <docker.wait.log>x3-testpkg ready</docker.wait.log>
                """, ""));
        Path test = Files.createDirectories(module.resolve("src/test/java/org/dockci/containers/testpkg"))
                .resolve("TestpkgIT.java");
        Files.writeString(test, """
                package org.dockci.containers.testpkg;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import java.time.Duration;
                import org.dockci.testkit.Command;
                import org.dockci.testkit.ServiceUnderTest;
                import org.junit.jupiter.api.Test;

                class TestpkgIT {
                    @Test
                    void theInstalledPackageIsTheOneItsFileSays() {
                        String container = ServiceUnderTest.containerId();
                        Command.Result installed = Command.run(Duration.ofSeconds(30), "docker", "exec", container,
                                "dpkg-query", "-W", "-f", "${Version}", "%s");
                        Command.Result file = Command.run(Duration.ofSeconds(30), "docker", "exec", container,
                                "cat", "/usr/share/%s/version");
                        assertEquals(installed.stdout(), file.stdout(), installed.stderr() + file.stderr());
                    }
                }
                """.formatted(PACKAGE, PACKAGE));
        PipelineStory.commitAndPush(seed, MODULE + " alone, on the test's apt repository");
    }

    private static String detectLines(String output) {
        return String.join("\n", output.lines().filter(line -> line.contains(MODULE + ":")).toList());
    }

    private static CommandOutput docker(String... args) {
        return JenkinsWorkTrees.docker(args);
    }
}
