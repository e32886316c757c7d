package org.dockci.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

/**
 * Pushes small images into a test registry through Distribution's HTTP API, without an engine: one layer of random
 * bytes, a config blob with the labels given, and a Docker v2 manifest under a tag. Plain HTTP, no authentication:
 * for a {@link TestRegistry} before it is given token authentication.
 */
public final class TestImages {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String address;

    /** Pushes into the registry at {@code address} ({@code 127.0.0.1:port}). */
    public TestImages(String address) {
        this.address = address;
    }

    /** A layer of {@code bytes} random bytes (seeded: the same seed, the same blob) pushed to {@code repository}. */
    public Manifest.Blob layer(String repository, long seed, int bytes) throws IOException, InterruptedException {
        byte[] content = new byte[bytes];
        new Random(seed).nextBytes(content);
        return blob(repository, content);
    }

    /**
     * An image of {@code layer} and a config with {@code labels}, tagged {@code tag} in {@code repository}; returns
     * its manifest digest.
     */
    public String push(String repository, String tag, Manifest.Blob layer, Map<String, String> labels)
            throws IOException, InterruptedException {
        ObjectNode config = JSON.createObjectNode().put("architecture", "amd64").put("os", "linux");
        ObjectNode labelNode = config.putObject("config").putObject("Labels");
        labels.forEach(labelNode::put);
        config.putObject("rootfs").put("type", "layers").putArray("diff_ids").add(layer.digest());
        Manifest.Blob configBlob = blob(repository, JSON.writeValueAsBytes(config));
        ObjectNode manifest = JSON.createObjectNode().put("schemaVersion", 2)
                .put("mediaType", "application/vnd.docker.distribution.manifest.v2+json");
        manifest.putObject("config").put("mediaType", "application/vnd.docker.container.image.v1+json")
                .put("size", configBlob.size()).put("digest", configBlob.digest());
        manifest.putArray("layers").addObject().put("mediaType", "application/vnd.docker.image.rootfs.diff.tar.gzip")
                .put("size", layer.size()).put("digest", layer.digest());
        byte[] body = JSON.writeValueAsBytes(manifest);
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create("http://" + address + "/v2/" + repository
                        + "/manifests/" + tag))
                .header("Content-Type", "application/vnd.docker.distribution.manifest.v2+json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        expect(201, put);
        return sha256(body);
    }

    private Manifest.Blob blob(String repository, byte[] content) throws IOException, InterruptedException {
        String digest = sha256(content);
        HttpResponse<String> start = http.send(HttpRequest.newBuilder(URI.create("http://" + address + "/v2/"
                + repository + "/blobs/uploads/")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(202, start);
        URI location = URI.create("http://" + address).resolve(start.headers().firstValue("Location").orElseThrow());
        URI upload = URI.create(location + (location.getQuery() == null ? "?" : "&") + "digest=" + digest);
        expect(201, http.send(HttpRequest.newBuilder(upload).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString()));
        return new Manifest.Blob(digest, content.length);
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.uri() + " answered HTTP "
                    + response.statusCode() + ": " + response.body());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
