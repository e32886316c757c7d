package org.dockci.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP API of one registry ({@code host[:port]}), over HTTPS with the JDK's certificate checks, or over plain
 * HTTP when {@code insecure} (loopback only, as Docker itself allows). Basic authentication when credentials are
 * given; a registry that asks for a bearer token is refused with a message saying so.
 */
public final class RegistryClient {

    /** The manifest types asked for: Docker v2 and OCI images, and their multi-platform lists. */
    static final String MANIFEST_TYPES = String.join(", ",
            "application/vnd.docker.distribution.manifest.v2+json",
            "application/vnd.oci.image.manifest.v1+json",
            "application/vnd.docker.distribution.manifest.list.v2+json",
            "application/vnd.oci.image.index.v1+json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT_PAGE = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");
    private static final int CATALOG_PAGE = 1000;

    private final String registry;
    private final URI base;
    private final Optional<String> authorization;
    private final HttpClient http;

    /**
     * A client of {@code registry}; {@code insecure} (plain HTTP) is refused for a registry that is not on this
     * machine's loopback, so that credentials and images never cross a network unprotected.
     */
    public RegistryClient(String registry, Optional<Credentials> credentials, boolean insecure) {
        if (insecure && !isLoopback(registry)) {
            throw new IllegalArgumentException("dockci.registry.insecure=true is for a registry on this machine's"
                    + " loopback only (localhost, 127.0.0.1, [::1]), not " + registry + ": give it TLS (x3-proxy)");
        }
        this.registry = registry;
        this.base = URI.create((insecure ? "http://" : "https://") + registry);
        this.authorization = credentials.map(c -> "Basic " + Base64.getEncoder().encodeToString(
                (c.username() + ":" + c.password()).getBytes(StandardCharsets.UTF_8)));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Whether {@code registry} ({@code host[:port]}) is on this machine's loopback: localhost, 127.0.0.0/8, [::1]. */
    public static boolean isLoopback(String registry) {
        String host = registry.startsWith("[") ? registry.substring(0, registry.indexOf(']') + 1)
                : registry.replaceFirst(":\\d+$", "");
        return host.equals("localhost") || host.equals("[::1]") || host.matches("127(\\.\\d{1,3}){3}");
    }

    /** The registry, {@code host[:port]}, as errors name it. */
    public String registry() {
        return registry;
    }

    /** The repositories whose name starts with {@code prefix}, through every page of the catalog. */
    public List<String> repositories(String prefix) {
        List<String> names = new ArrayList<>();
        for (JsonNode page : pages("/v2/_catalog?n=" + CATALOG_PAGE)) {
            page.path("repositories").forEach(name -> {
                if (name.asText().startsWith(prefix)) {
                    names.add(name.asText());
                }
            });
        }
        return names;
    }

    /** The tags of {@code repository}, through every page; none when the repository does not exist. */
    public List<String> tags(String repository) {
        List<String> tags = new ArrayList<>();
        for (JsonNode page : pages("/v2/" + repository + "/tags/list")) {
            page.path("tags").forEach(tag -> tags.add(tag.asText()));
        }
        return tags;
    }

    private List<JsonNode> pages(String first) {
        List<JsonNode> pages = new ArrayList<>();
        String path = first;
        while (path != null) {
            HttpResponse<String> response = send("GET", path, Map.of());
            if (response.statusCode() == 404 && pages.isEmpty()) {
                return pages; // a repository with no tag left, or none at all
            }
            pages.add(readJson(ok(response), response));
            // Link: </v2/_catalog?last=x&n=1000>; rel="next", when there is a next page
            path = response.headers().firstValue("Link").map(NEXT_PAGE::matcher).filter(Matcher::find)
                    .map(m -> m.group(1)).orElse(null);
        }
        return pages;
    }

    /** The digest of the manifest {@code reference} (a tag) points to, from {@code Docker-Content-Digest}; empty when there is no such tag. */
    public Optional<String> digest(String repository, String reference) {
        HttpResponse<String> response = send("HEAD", "/v2/" + repository + "/manifests/" + reference,
                Map.of("Accept", MANIFEST_TYPES));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        ok(response);
        return Optional.of(response.headers().firstValue("Docker-Content-Digest").orElseThrow(() -> new RegistryException(
                registry + ": no Docker-Content-Digest for " + repository + ":" + reference
                        + " (a proxy in front of the registry dropping it?)")));
    }

    /** The manifest {@code digest} (or a tag) of {@code repository}, with the sizes of its blobs. */
    public Manifest manifest(String repository, String reference) {
        HttpResponse<String> response = send("GET", "/v2/" + repository + "/manifests/" + reference,
                Map.of("Accept", MANIFEST_TYPES));
        JsonNode manifest = readJson(ok(response), response);
        String digest = response.headers().firstValue("Docker-Content-Digest").orElse(reference);
        String mediaType = manifest.path("mediaType").asText(response.headers().firstValue("Content-Type").orElse(""));
        Optional<Manifest.Blob> config = manifest.has("config") ? Optional.of(blob(manifest.path("config")))
                : Optional.empty();
        List<Manifest.Blob> layers = new ArrayList<>();
        manifest.path("layers").forEach(layer -> layers.add(blob(layer)));
        return new Manifest(digest, mediaType, config, layers);
    }

    private static Manifest.Blob blob(JsonNode descriptor) {
        return new Manifest.Blob(descriptor.path("digest").asText(), descriptor.path("size").asLong());
    }

    /** The labels of an image's config blob {@code configDigest}. */
    public Map<String, String> labels(String repository, String configDigest) {
        HttpResponse<String> response = send("GET", "/v2/" + repository + "/blobs/" + configDigest, Map.of());
        Map<String, String> labels = new TreeMap<>();
        readJson(ok(response), response).path("config").path("Labels").fields()
                .forEachRemaining(label -> labels.put(label.getKey(), label.getValue().asText()));
        return labels;
    }

    /**
     * Deletes the manifest {@code digest} of {@code repository}, and with it every tag pointing to it; false when it
     * was already gone. A registry that does not allow deletes (HTTP 405) is an error saying how to allow them.
     */
    public boolean delete(String repository, String digest) {
        if (!digest.startsWith("sha256:")) {
            throw new IllegalArgumentException("deletes go by digest (sha256:…), not '" + digest + "'");
        }
        HttpResponse<String> response = send("DELETE", "/v2/" + repository + "/manifests/" + digest, Map.of());
        return switch (response.statusCode()) {
            case 202, 200 -> true;
            case 404 -> false;
            case 405 -> throw new RegistryException(registry + " does not allow deletes (HTTP 405 on DELETE "
                    + repository + "@" + digest + "): set storage.delete.enabled: true in its config.yml (or"
                    + " REGISTRY_STORAGE_DELETE_ENABLED=true) and restart it; x3-registry has it on");
            default -> throw failure(response);
        };
    }

    private HttpResponse<String> send(String method, String path, Map<String, String> headers) {
        URI uri = base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        authorization.ifPresent(value -> request.header("Authorization", value));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RegistryException("registry " + registry + " unreachable (" + method + " " + uri + "): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "; is it running, and is dockci.registry right?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException("interrupted while asking " + registry, e);
        }
        if (response.statusCode() == 401) {
            throw unauthorized(response);
        }
        return response;
    }

    private RegistryException unauthorized(HttpResponse<String> response) {
        String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
        if (challenge.toLowerCase(Locale.ROOT).startsWith("bearer")) {
            return new RegistryException(registry + " asks for a bearer token (" + challenge + "): dockci speaks basic"
                    + " authentication only, as Distribution's htpasswd (x3-registry) wants");
        }
        return new RegistryException(registry + " refused the credentials (HTTP 401 on " + response.request().method()
                + " " + response.uri().getPath() + "): " + (authorization.isPresent() ? "check the" : "add a")
                + " <server> with <id>" + registry + "</id> in settings.xml");
    }

    private String ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw failure(response);
        }
        return response.body();
    }

    private RegistryException failure(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().strip();
        return new RegistryException(registry + ": " + response.request().method() + " " + response.uri().getPath()
                + " answered HTTP " + response.statusCode() + (body.isEmpty() ? "" : ": "
                + body.substring(0, Math.min(300, body.length()))));
    }

    private JsonNode readJson(String body, HttpResponse<String> response) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new RegistryException(registry + ": " + response.uri().getPath() + " is not JSON: " + e.getMessage(), e);
        }
    }
}
