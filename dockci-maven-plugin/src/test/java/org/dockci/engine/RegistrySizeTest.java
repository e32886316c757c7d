package org.dockci.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.dockci.registry.TestRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image's size as its registry stores it, read through the docker CLI from a registry of the test's own, and
 * checked against the registry's HTTP API. Skipped without an engine, except with CI=true, where it fails.
 */
class RegistrySizeTest {

    @TempDir
    Path folder;

    private final DockerEngine engine = DockerEngine.fromEnvironment();

    @Test
    void pushedImageHasTheSizeOfItsManifest() throws Exception {
        TestImages.needsAnEngine("registry sizes");
        try (TestRegistry registry = TestRegistry.start(Files.createDirectories(folder.resolve("registry")))) {
            String image = registry.address() + "/dockci-test-" + UUID.randomUUID().toString().substring(0, 8)
                    + "/tiny:1.0.0";
            try {
                TestImages.importTiny(folder, image);
                assertEquals(0, TestImages.docker("push", "--quiet", image));

                RegistrySize size = engine.registrySize(image);

                long expected = manifestBytes(registry.address(), image);
                assertEquals(new RegistrySize.Known(expected), size);
                assertTrue(expected > 0);
            } finally {
                TestImages.docker("rmi", "--force", image);
            }
        }
    }

    @Test
    void aTagTheRegistryLacksIsUnknownWithTheRegistrysAnswer() throws Exception {
        TestImages.needsAnEngine("registry sizes");
        try (TestRegistry registry = TestRegistry.start(Files.createDirectories(folder.resolve("registry")))) {
            RegistrySize size = engine.registrySize(registry.address() + "/dockci-test/none:9.9.9");
            RegistrySize.Unknown unknown = assertInstanceOf(RegistrySize.Unknown.class, size);
            assertFalse(unknown.why().isBlank());
        }
    }

    @Test
    void onlyLoopbackRegistriesAreAskedOverPlainHttp() {
        assertTrue(DockerEngine.onLoopback("localhost:5000/dockci/x3-webdav:1.0.0"));
        assertTrue(DockerEngine.onLoopback("127.0.0.1:5000/dockci/x3-webdav:1.0.0"));
        assertTrue(DockerEngine.onLoopback("localhost/x:1"));
        assertFalse(DockerEngine.onLoopback("registry.example.org/dockci/x3-webdav:1.0.0"));
        assertFalse(DockerEngine.onLoopback("localhost.example.org:5000/x:1"));
        assertFalse(DockerEngine.onLoopback("debian:trixie-slim"));
    }

    /** The registry's own answer: the manifest's configuration and layer sizes, added up. */
    private static long manifestBytes(String registry, String image) throws IOException, InterruptedException {
        String path = image.substring(registry.length() + 1);
        String name = path.substring(0, path.lastIndexOf(':'));
        String tag = path.substring(path.lastIndexOf(':') + 1);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://" + registry + "/v2/" + name + "/manifests/" + tag))
                .header("Accept", "application/vnd.docker.distribution.manifest.v2+json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode manifest = new ObjectMapper().readTree(response.body());
        long bytes = manifest.path("config").path("size").asLong();
        for (JsonNode layer : manifest.path("layers")) {
            bytes += layer.path("size").asLong();
        }
        return bytes;
    }
}
