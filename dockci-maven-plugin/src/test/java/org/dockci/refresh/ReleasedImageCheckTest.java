package org.dockci.refresh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dockci.changes.Baseline;
import org.dockci.changes.ContainerModule;
import org.dockci.changes.StalenessCheck;
import org.dockci.engine.DockerEngine;
import org.dockci.registry.TestRegistry;
import org.dockci.version.ImageName;
import org.dockci.version.ReleaseTagFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refresh check against a real engine: each verdict and each fault, on images the test makes (removed
 * after) and a registry of its own. Skipped without an engine, except with CI=true, where it fails.
 */
class ReleasedImageCheckTest {

    private static final String NAMESPACE = "dockci-test-" + UUID.randomUUID().toString().substring(0, 8);
    private static String base;

    @TempDir
    Path folder;

    private final DockerEngine engine = DockerEngine.fromEnvironment();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> made = new ArrayList<>();

    @BeforeAll
    static void needsAnEngineAndABaseImage() throws Exception {
        boolean engine = run(null, "docker", "version").exitCode == 0;
        if (!engine && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true, but no Docker engine answers: the refresh check must be tested for real");
        }
        Assumptions.assumeTrue(engine, "no Docker engine: the refresh check is not tested here (CI runs it)");
        for (String candidate : List.of("debian:trixie-slim", "debian:bookworm-slim")) {
            if (run(null, "docker", "image", "inspect", candidate).exitCode == 0) {
                base = candidate;
                return;
            }
        }
        throw new AssertionError("no Debian base image on the engine: run scripts/build-env.sh");
    }

    @AfterEach
    void removeTheImagesMade() throws Exception {
        for (String image : made) {
            run(null, "docker", "rmi", "--force", image);
        }
    }

    private ReleasedImageCheck check(String registry) {
        return new ReleasedImageCheck(engine, ReleaseTagFormat.defaultFormat(),
                name -> new ImageName(registry, NAMESPACE, name), warnings::add, Duration.ofMinutes(2));
    }

    private static ContainerModule module(String name) {
        return ContainerModule.of(name, Path.of("containers", name));
    }

    private static Baseline release(String name) {
        return new Baseline(name + "-1.0.0", "0".repeat(40));
    }

    /** Builds {@code dockerfile} as the release 1.0.0 of {@code name} in {@code registry}, on this engine only. */
    private void buildRelease(String registry, String name, String dockerfile) throws Exception {
        String image = registry + "/" + NAMESPACE + "/" + name + ":1.0.0";
        Result built = run(dockerfile, "docker", "build", "--quiet", "--tag", image, "-");
        assertEquals(0, built.exitCode, built.output);
        made.add(image);
    }

    @Test
    void anImageWithNothingPendingIsCurrent() throws Exception {
        buildRelease("localhost:5999", "quiet", "FROM " + base + "\nRUN rm -f /etc/apt/sources.list"
                + " /etc/apt/sources.list.d/*\n");

        StalenessCheck.Freshness freshness = check("localhost:5999").check(module("quiet"), release("quiet"));

        assertFalse(freshness.stale(), freshness.detail());
        assertEquals("nothing pending (apt), base not recorded", freshness.detail());
    }

    @Test
    void anUnreachableMirrorFailsNamingItsHostNeverNothingPending() throws Exception {
        buildRelease("localhost:5999", "mirrorless", "FROM " + base + "\nRUN rm -f /etc/apt/sources.list"
                + " /etc/apt/sources.list.d/* && echo 'deb http://127.0.0.1:1/debian stable main'"
                + " > /etc/apt/sources.list\n");

        RefreshException failed = assertThrows(RefreshException.class,
                () -> check("localhost:5999").check(module("mirrorless"), release("mirrorless")));

        assertTrue(failed.getMessage().startsWith("mirrorless: cannot check localhost:5999/" + NAMESPACE
                + "/mirrorless:1.0.0 for pending updates: its package repositories do not answer (127.0.0.1:1"),
                failed.getMessage());
    }

    @Test
    void anImageWithoutShellIsNotCheckedNeverNothingPending() throws Exception {
        buildRelease("localhost:5999", "shell-less", "FROM scratch\nLABEL org.dockci.test=true\n");

        StalenessCheck.Freshness freshness = check("localhost:5999").check(module("shell-less"), release("shell-less"));

        assertFalse(freshness.stale());
        assertTrue(freshness.detail().startsWith("packages not checked: no shell in the image"), freshness.detail());
    }

    @Test
    void aReplacedBaseMakesItStale() throws Exception {
        String replaced = "dockci-test-base-" + UUID.randomUUID().toString().substring(0, 8) + ":1";
        Result tagged = run(null, "docker", "tag", base, replaced);
        assertEquals(0, tagged.exitCode, tagged.output);
        made.add(replaced);
        buildRelease("localhost:5999", "on-old-base", "FROM " + base + "\nRUN rm -f /etc/apt/sources.list"
                + " /etc/apt/sources.list.d/*\nLABEL org.opencontainers.image.base.name=" + replaced
                + " org.opencontainers.image.base.digest=sha256:0123456789abcdef\n");

        StalenessCheck.Freshness freshness = check("localhost:5999").check(module("on-old-base"), release("on-old-base"));

        assertTrue(freshness.stale(), freshness.detail());
        assertTrue(freshness.detail().startsWith("base " + replaced + " replaced (sha256:0123456789ab → sha256:"),
                freshness.detail());
    }

    @Test
    void aReleasedImageMissingFromTheRegistryIsStaleWithAWarningNamingIt() throws Exception {
        try (TestRegistry registry = TestRegistry.start(folder)) {
            StalenessCheck.Freshness freshness = check(registry.address()).check(module("ghost"), release("ghost"));

            String image = registry.address() + "/" + NAMESPACE + "/ghost:1.0.0";
            assertTrue(freshness.stale());
            assertEquals("released image " + image + " missing from the registry", freshness.detail());
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("ghost: the released image " + image + " is not in the registry ("),
                    warnings.get(0));
        }
    }

    @Test
    void anUnreachableRegistryFailsNamingIt() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String registry = "127.0.0.1:" + closed;

        RefreshException failed = assertThrows(RefreshException.class,
                () -> check(registry).check(module("away"), release("away")));

        assertTrue(failed.getMessage().startsWith("away: cannot pull the released image " + registry + "/" + NAMESPACE
                + "/away:1.0.0 from " + registry + ": "), failed.getMessage());
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String stdin, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("DOCKER_BUILDKIT", "0"));
        Process process = builder.start();
        try (var input = process.getOutputStream()) {
            if (stdin != null) {
                input.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
