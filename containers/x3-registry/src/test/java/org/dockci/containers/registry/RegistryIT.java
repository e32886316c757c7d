package org.dockci.containers.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.dockci.testkit.Command;
import org.dockci.testkit.Docker;
import org.dockci.testkit.Http;
import org.dockci.testkit.Json;
import org.dockci.testkit.ServiceUnderTest;
import org.dockci.testkit.StopsGracefully;
import org.dockci.testkit.TestContainer;
import org.dockci.testkit.TestVolume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** x3-registry as Docker clients meet it: auth required, a real push and pull, the catalog and tags listed. */
class RegistryIT implements StopsGracefully {

    private static final String PORT = "registry.port";
    private static final String MANIFEST_V2 = "application/vnd.docker.distribution.manifest.v2+json";

    private final String username = ServiceUnderTest.env("REGISTRY_USERNAME");
    private final String password = ServiceUnderTest.env("REGISTRY_PASSWORD");
    private final Http user = Http.basicAuth(username, password);

    @Test
    void theApiRefusesAnonymousAndWrongCredentials() {
        HttpResponse<byte[]> anonymous = Http.anonymous().send("GET", ServiceUnderTest.uri(PORT, "/v2/"));
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                "401 must ask for basic auth: " + anonymous.headers());
        assertEquals(401, Http.basicAuth(username, "not-the-password")
                .send("GET", ServiceUnderTest.uri(PORT, "/v2/_catalog")).statusCode());
        assertEquals(200, user.send("GET", ServiceUnderTest.uri(PORT, "/v2/")).statusCode());
    }

    @Test
    void anImagePushedWithTheDockerClientIsListedAndReadBack(@TempDir Path work) throws IOException {
        String repository = "it/hello-" + UUID.randomUUID().toString().substring(0, 8);
        String tag = "1.0.0";
        String image = "127.0.0.1:" + ServiceUnderTest.hostPort(PORT) + "/" + repository + ":" + tag;
        // A docker client configuration of this test's own, so that no login is left on the machine.
        Map<String, String> client = Map.of("DOCKER_CONFIG", Files.createDirectories(work.resolve("docker")).toString());
        Path context = Files.createDirectories(work.resolve("context"));
        Files.writeString(context.resolve("hello.txt"), "hello from " + repository + "\n");
        Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nCOPY hello.txt /hello.txt\n");
        try {
            succeeds(Docker.tryRun(client, "", "build", "--quiet", "--tag", image, context.toString()));
            Command.Result anonymousPush = Docker.tryRun(client, "", "push", image);
            assertTrue(anonymousPush.exitCode() != 0, "a push without login must be refused: " + anonymousPush);

            succeeds(Docker.tryRun(client, password, "login", "--username", username, "--password-stdin",
                    image.substring(0, image.indexOf('/'))));
            succeeds(Docker.tryRun(client, "", "push", image));
            succeeds(Docker.tryRun(client, "", "image", "rm", image));
            succeeds(Docker.tryRun(client, "", "pull", image));
        } finally {
            Docker.tryRun(client, "", "image", "rm", "--force", image);
        }

        JsonNode catalog = json(user.send("GET", ServiceUnderTest.uri(PORT, "/v2/_catalog")));
        assertTrue(catalog.get("repositories").toString().contains("\"" + repository + "\""), catalog.toString());
        JsonNode tags = json(user.send("GET", ServiceUnderTest.uri(PORT, "/v2/" + repository + "/tags/list")));
        assertEquals(tag, tags.get("tags").get(0).asText(), tags.toString());

        HttpResponse<byte[]> manifest = user.send(user.request(
                ServiceUnderTest.uri(PORT, "/v2/" + repository + "/manifests/" + tag)).header("Accept", MANIFEST_V2));
        assertEquals(200, manifest.statusCode());
        JsonNode layers = Json.parse(new String(manifest.body(), StandardCharsets.UTF_8)).get("layers");
        assertEquals(1, layers.size(), "one COPY, one layer: " + layers);
        String layerDigest = layers.get(0).get("digest").asText();
        URI layer = ServiceUnderTest.uri(PORT, "/v2/" + repository + "/blobs/" + layerDigest);
        HttpResponse<byte[]> blob = user.send("GET", layer);
        assertEquals(200, blob.statusCode());
        assertEquals(layerDigest, "sha256:" + sha256Hex(blob.body()), "the layer read back is the one pushed");
    }

    @Test
    void withoutCredentialsTheContainerRefusesToStart() {
        try (TestContainer open = TestContainer.start()) {
            assertEquals(64, open.awaitExit(java.time.Duration.ofSeconds(60)), open.logs());
            assertTrue(open.logs().contains("no credentials"), open.logs());
        }
    }

    @Test
    void aDeletedImageIsFreedByGarbageCollectionRunWhileTheRegistryIsStopped(@TempDir Path work) throws IOException {
        try (TestVolume storage = TestVolume.create();
             TestContainer registry = TestContainer.startLikeServiceUnderTest("--volume",
                     storage.name() + ":/var/lib/docker-registry")) {
            registry.awaitHealthy(java.time.Duration.ofSeconds(60));
            String address = "127.0.0.1:" + registry.hostPort(5000);
            String repository = "it/gc-" + UUID.randomUUID().toString().substring(0, 8);
            String image = address + "/" + repository + ":1.0.1-dev.0123abc";
            Map<String, String> client = Map.of("DOCKER_CONFIG", Files.createDirectories(work.resolve("docker")).toString());
            Path context = Files.createDirectories(work.resolve("context"));
            byte[] data = new byte[200_000];
            new java.util.Random(7).nextBytes(data);
            Files.write(context.resolve("data"), data);
            Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nCOPY data /data\n");
            try {
                succeeds(Docker.tryRun(client, "", "build", "--quiet", "--tag", image, context.toString()));
                succeeds(Docker.tryRun(client, password, "login", "--username", username, "--password-stdin", address));
                succeeds(Docker.tryRun(client, "", "push", image));
            } finally {
                Docker.tryRun(client, "", "image", "rm", "--force", image);
            }
            URI manifest = URI.create("http://" + address + "/v2/" + repository + "/manifests/1.0.1-dev.0123abc");
            HttpResponse<byte[]> head = user.send(user.request(manifest).header("Accept", MANIFEST_V2)
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()));
            String digest = head.headers().firstValue("Docker-Content-Digest").orElseThrow();
            HttpResponse<byte[]> delete = user.send("DELETE", URI.create("http://" + address + "/v2/" + repository
                    + "/manifests/" + digest));
            assertEquals(202, delete.statusCode(), "deletes are enabled (storage.delete.enabled)");
            long before = storageBytes(storage);

            registry.stop(java.time.Duration.ofSeconds(10));
            try (TestContainer gc = TestContainer.startFrom(ServiceUnderTest.image(),
                    new String[] {"--volume", storage.name() + ":/var/lib/docker-registry"}, "garbage-collect")) {
                assertEquals(0, gc.awaitExit(java.time.Duration.ofSeconds(60)), gc.logs());
            }

            long freed = before - storageBytes(storage);
            assertTrue(freed >= data.length, "garbage collection freed " + freed + " bytes of " + before);
        }
    }

    /** The bytes stored in the registry's volume, read by a throwaway container of the image under test. */
    private static long storageBytes(TestVolume storage) {
        String du = Docker.run("run", "--rm", "--label", TestContainer.LABEL, "--volume",
                storage.name() + ":/var/lib/docker-registry", "--entrypoint", "du", ServiceUnderTest.image(), "-sb",
                "/var/lib/docker-registry");
        return Long.parseLong(du.strip().split("\\s+")[0]);
    }

    private static void succeeds(Command.Result result) {
        assertEquals(0, result.exitCode(), () -> result.stdout() + "\n" + result.stderr());
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        return Json.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
