package org.dockci.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dockci.engine.DockerEngine;
import org.dockci.engine.TestImages;
import org.dockci.registry.Credentials;
import org.dockci.registry.RegistryLogins;
import org.dockci.registry.TestRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sizes of an image.json, asked of a registry of the test's own through its HTTP API, with the login found as
 * dockci:push finds it: settings.xml's server, else the docker CLI's own. Images pushed with the docker CLI; skipped
 * without an engine, except with CI=true, where it fails.
 */
class ImageRecordTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final DockerEngine engine = DockerEngine.fromEnvironment();

    @Test
    void aPushedImageAndItsPreviousReleaseHaveTheSizesOfTheirManifests() throws Exception {
        TestImages.needsAnEngine("registry sizes");
        try (TestRegistry registry = TestRegistry.start(Files.createDirectories(folder.resolve("registry")))) {
            String name = registry.address() + "/" + newRepository();
            try {
                push(name + ":1.0.0", Optional.empty());
                push(name + ":1.0.1-dev.3f2c1ab", Optional.empty());

                ImageRecord record = ImageRecord.collect(engine, logins(Optional.empty(), emptyDockerConfig()),
                        name + ":1.0.1-dev.3f2c1ab", List.of("1.0.1-dev.3f2c1ab"), List.of(), name + ":1.0.0");

                assertEquals(manifestBytes(registry.address(), name, "1.0.1-dev.3f2c1ab", Optional.empty()),
                        record.registrySize());
                assertEquals(manifestBytes(registry.address(), name, "1.0.0", Optional.empty()),
                        record.previousRegistrySize());
                assertTrue(record.registrySize() > 0);
                assertEquals("", record.note());
            } finally {
                remove(name, "1.0.0", "1.0.1-dev.3f2c1ab");
            }
        }
    }

    @Test
    void aRegistryThatWantsALoginIsReadWithTheDockerClisOwnLogin() throws Exception {
        TestImages.needsAnEngine("registry sizes with a login");
        Credentials login = new Credentials("ci", "s3cret-" + UUID.randomUUID());
        try (TestRegistry registry = TestRegistry.startWithLogin(Files.createDirectories(folder.resolve("registry")),
                login)) {
            String name = registry.address() + "/" + newRepository();
            Path cliLogin = dockerLogin("docker-login", registry.address(), login);
            try {
                push(name + ":1.0.0", Optional.of(cliLogin));

                ImageRecord record = ImageRecord.collect(engine, logins(Optional.empty(), cliLogin), name + ":1.0.0",
                        List.of("1.0.0"), List.of(), "");

                assertEquals(manifestBytes(registry.address(), name, "1.0.0", Optional.of(login)),
                        record.registrySize());
                assertEquals("", record.note());
            } finally {
                remove(name, "1.0.0");
            }
        }
    }

    @Test
    void settingsXmlsServerComesBeforeTheDockerClisLogin() throws Exception {
        TestImages.needsAnEngine("registry sizes with a login");
        Credentials login = new Credentials("ci", "s3cret-" + UUID.randomUUID());
        try (TestRegistry registry = TestRegistry.startWithLogin(Files.createDirectories(folder.resolve("registry")),
                login)) {
            String name = registry.address() + "/" + newRepository();
            Path rightLogin = dockerLogin("docker-login", registry.address(), login);
            Path wrongLogin = dockerLogin("wrong", registry.address(), new Credentials("ci", "not-the-password"));
            try {
                push(name + ":1.0.0", Optional.of(rightLogin));

                ImageRecord record = ImageRecord.collect(engine, logins(Optional.of(login), wrongLogin),
                        name + ":1.0.0", List.of("1.0.0"), List.of(), "");

                assertEquals(manifestBytes(registry.address(), name, "1.0.0", Optional.of(login)),
                        record.registrySize());
            } finally {
                remove(name, "1.0.0");
            }
        }
    }

    @Test
    void aLoginKeptByACredentialHelperLeavesTheSizeUnknownAndSaysWhy() throws Exception {
        TestImages.needsAnEngine("registry sizes with a login");
        Credentials login = new Credentials("ci", "s3cret-" + UUID.randomUUID());
        try (TestRegistry registry = TestRegistry.startWithLogin(Files.createDirectories(folder.resolve("registry")),
                login)) {
            String name = registry.address() + "/" + newRepository();
            Path pushLogin = dockerLogin("docker-login", registry.address(), login);
            Path helper = dockerConfig("helper", """
                    {"auths": {"%s": {}}, "credsStore": "desktop"}""".formatted(registry.address()));
            try {
                push(name + ":1.0.0", Optional.of(pushLogin));

                ImageRecord record = ImageRecord.collect(engine, logins(Optional.empty(), helper), name + ":1.0.0",
                        List.of("1.0.0"), List.of(), "");

                assertNull(record.registrySize());
                assertTrue(record.note().contains("registry size of the pushed not known"), record.note());
                assertTrue(record.note().contains("docker-credential-desktop"), record.note());
                assertTrue(record.note().contains("<server>"), "says what to do: " + record.note());
                assertFalse(record.toString().contains(login.password()));
            } finally {
                remove(name, "1.0.0");
            }
        }
    }

    @Test
    void aReleaseTheRegistryLacksIsUnknownWithWhy() throws Exception {
        TestImages.needsAnEngine("registry sizes");
        try (TestRegistry registry = TestRegistry.start(Files.createDirectories(folder.resolve("registry")))) {
            String previous = registry.address() + "/" + newRepository() + ":9.9.9";

            ImageRecord record = ImageRecord.collect(engine, logins(Optional.empty(), emptyDockerConfig()),
                    registry.address() + "/dockci-test/none:1.0.0", List.of(), List.of(), previous);

            assertNull(record.previousRegistrySize());
            assertTrue(record.note().contains("registry size of the previous release not known: "
                    + registry.address() + " has no " + previous), record.note());
        }
    }

    /** {@code server} as settings.xml's login of every registry, and the docker CLI configuration in {@code docker}. */
    private static RegistryLogins logins(Optional<Credentials> server, Path docker) {
        return new RegistryLogins(registry -> server, Map.of("DOCKER_CONFIG", docker.toString()));
    }

    private Path emptyDockerConfig() throws Exception {
        return Files.createDirectories(folder.resolve("empty-docker-config"));
    }

    /** A docker CLI configuration in folder {@code name} holding {@code json}. */
    private Path dockerConfig(String name, String json) throws Exception {
        Path directory = Files.createDirectories(folder.resolve(name));
        Files.writeString(directory.resolve("config.json"), json);
        return directory;
    }

    /** A docker CLI configuration in folder {@code name} with {@code login} for {@code registry}. */
    private Path dockerLogin(String name, String registry, Credentials login) throws Exception {
        return dockerConfig(name, """
                {"auths": {"%s": {"auth": "%s"}}}""".formatted(registry, auth(login)));
    }

    private static String auth(Credentials login) {
        return Base64.getEncoder().encodeToString((login.username() + ":" + login.password())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A tiny image tagged {@code image}, pushed with the docker CLI (with the configuration {@code login}). */
    private void push(String image, Optional<Path> login) throws Exception {
        TestImages.importTiny(Files.createDirectories(folder.resolve("image-" + UUID.randomUUID())), image);
        String[] command = login.isPresent()
                ? new String[] {"--config", login.get().toString(), "push", "--quiet", image}
                : new String[] {"push", "--quiet", image};
        assertEquals(0, TestImages.docker(command), "docker push " + image);
    }

    /** A repository of this run's own: another build's test on the same engine never names it. */
    private static String newRepository() {
        return "dockci-test-" + UUID.randomUUID().toString().substring(0, 8) + "/tiny";
    }

    private static void remove(String name, String... tags) throws Exception {
        for (String tag : tags) {
            TestImages.docker("rmi", "--force", name + ":" + tag);
        }
    }

    /** The registry's own answer: the manifest's configuration and layer sizes, added up. */
    private static long manifestBytes(String registry, String name, String tag, Optional<Credentials> login)
            throws Exception {
        String repository = name.substring(registry.length() + 1);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + registry + "/v2/" + repository
                + "/manifests/" + tag)).header("Accept", "application/vnd.docker.distribution.manifest.v2+json");
        login.ifPresent(known -> request.header("Authorization", "Basic " + auth(known)));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode manifest = JSON.readTree(response.body());
        long bytes = manifest.path("config").path("size").asLong();
        for (JsonNode layer : manifest.path("layers")) {
            bytes += layer.path("size").asLong();
        }
        return bytes;
    }
}
