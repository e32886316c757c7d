package org.dockci.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dockci.engine.DockerEngine;
import org.dockci.engine.RegistryLogin;
import org.dockci.engine.TestImages;
import org.dockci.registry.Credentials;
import org.dockci.registry.DyingProxy;
import org.dockci.registry.TestRegistry;
import org.junit.jupiter.api.Test;
import org.dockci.version.ImageTags;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deploy's push against a registry that dies in the middle of it: a registry of the test's own behind
 * {@link DyingProxy}, pushed to through the real engine. What the outcome says is checked against the registry's
 * own tag list. Skipped without an engine, except with CI=true, where it fails.
 */
class TagPushTest {

    private static final ImageTags RELEASE = new ImageTags("1.0.0", List.of("1.0", "1", "latest"));

    @TempDir
    Path folder;

    private final TagPush push = new TagPush(DockerEngine.fromEnvironment());

    @Test
    void aRegistryThatDiesMidPushLeavesAHalfPushNamedAndTheSamePushFinishesIt() throws Exception {
        TestImages.needsAnEngine("the push against a dying registry");
        try (TestRegistry registry = TestRegistry.start(Files.createDirectories(folder.resolve("registry")));
                DyingProxy proxy = DyingProxy.start(registry)) {
            String repository = newRepository();
            String image = proxy.address() + "/" + repository;
            try {
                TestImages.importTiny(folder, image + ":1.0.0");
                proxy.dieAfterManifestPuts(2); // the candidate and the first moving tag, as seen in the trials

                PushOutcome half = push.push(image, RELEASE);

                assertEquals(List.of("1.0", "1.0.0"), registry.tags(repository), "what the registry really has");
                assertEquals(List.of("1.0.0", "1.0"), half.pushed());
                assertEquals(List.of("1", "latest"), half.notPushed());
                assertTrue(half.halfPushed());
                assertFalse(half.failure().isBlank(), "docker's own message");
                assertEquals("docker push " + image + ":1 && docker push " + image + ":latest", half.finishCommand());
                assertTrue(half.describe().startsWith("half pushed to " + image + ": pushed 1.0.0, 1.0; not pushed 1,"
                        + " latest. The push of 1 failed: "), half.describe());
                assertTrue(half.describe().contains("finish with: " + half.finishCommand()), half.describe());

                proxy.serveAgain();
                PushOutcome again = push.push(image, RELEASE);

                assertTrue(again.complete(), again.describe());
                assertEquals(List.of("1.0.0", "1.0", "1", "latest"), again.pushed());
                assertEquals(List.of("1", "1.0", "1.0.0", "latest"), registry.tags(repository));
            } finally {
                remove(image, RELEASE);
            }
        }
    }

    @Test
    void aRegistryDownFromTheStartGetsNothingAndTheOutcomeSaysSo() throws Exception {
        TestImages.needsAnEngine("the push against a dead registry");
        try (TestRegistry registry = TestRegistry.start(Files.createDirectories(folder.resolve("registry")));
                DyingProxy proxy = DyingProxy.start(registry)) {
            String repository = newRepository();
            String image = proxy.address() + "/" + repository;
            try {
                TestImages.importTiny(folder, image + ":1.0.0");
                proxy.dieAfterManifestPuts(0);

                PushOutcome none = push.push(image, RELEASE);

                assertEquals(List.of(), registry.tags(repository));
                assertEquals(List.of(), none.pushed());
                assertEquals(RELEASE.all(), none.notPushed());
                assertFalse(none.halfPushed());
                assertTrue(none.describe().startsWith("nothing pushed to " + image), none.describe());
                assertTrue(none.failure().contains(proxy.address()), "the registry it tried: " + none.failure());
            } finally {
                remove(image, RELEASE);
            }
        }
    }

    @Test
    void aRegistryThatWantsALoginGetsTheOneOfSettingsXmlThroughAConfigurationOfTheBuildsOwn() throws Exception {
        TestImages.needsAnEngine("the push with a login");
        Credentials login = new Credentials("ci", "s3cret-" + UUID.randomUUID());
        try (TestRegistry registry = TestRegistry.startWithLogin(Files.createDirectories(folder.resolve("registry")),
                login)) {
            String repository = newRepository();
            String image = registry.address() + "/" + repository;
            ImageTags snapshot = new ImageTags("1.0.1-dev.3f2c1ab", List.of("main"));
            Path configuration;
            try {
                TestImages.importTiny(folder, image + ":1.0.1-dev.3f2c1ab");
                // an empty configuration of the user's: whatever logins this machine's user has, none of them counts
                Map<String, String> user = Map.of("DOCKER_CONFIG", Files.createDirectories(folder.resolve("user")).toString());
                PushOutcome refused = new TagPush(new DockerEngine("docker", user)).push(image, snapshot);
                assertEquals(List.of(), refused.pushed(), "without the login: " + refused.failure());

                PushOutcome pushed;
                try (RegistryLogin settings = RegistryLogin.write(registry.address(), login, user)) {
                    configuration = settings.directory();
                    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                            configuration.resolve("config.json"))));
                    pushed = new TagPush(new DockerEngine("docker", user).loggedIn(settings)).push(image, snapshot);
                }

                assertTrue(pushed.complete(), pushed.describe());
                assertEquals(List.of("1.0.1-dev.3f2c1ab", "main"), registry.tags(repository));
                assertFalse(Files.exists(configuration), "the login is deleted with its configuration");
                assertEquals(List.of(), Files.list(folder.resolve("user")).toList(), "the user's configuration untouched");
            } finally {
                remove(image, snapshot);
            }
        }
    }

    /** A repository of this run's own: another build's test on the same engine never names it. */
    private static String newRepository() {
        return "dockci-test-" + UUID.randomUUID().toString().substring(0, 8) + "/x3-webdav";
    }

    /** Removes the test's image from the engine, under every tag it got. */
    private static void remove(String image, ImageTags tags) throws Exception {
        for (String tag : tags.all()) {
            TestImages.docker("rmi", "--force", image + ":" + tag);
        }
    }
}
