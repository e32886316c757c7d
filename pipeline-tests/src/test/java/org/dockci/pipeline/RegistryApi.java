package org.dockci.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The Docker registry HTTP API (v2) of the build machine's registry, read only. */
final class RegistryApi {

    private static final String MANIFEST_TYPES = "application/vnd.docker.distribution.manifest.v2+json, "
            + "application/vnd.oci.image.manifest.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The most repositories Distribution's catalog gives in one answer. */
    private static final int CATALOG_PAGE = 1000;

    private final String address;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    RegistryApi(String address) {
        this.address = address;
    }

    /** Whether {@code /v2/} answers. */
    boolean answers() {
        try {
            return send(request("/v2/")).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** The tags of {@code repository}, sorted; none when the repository does not exist. */
    List<String> tags(String repository) throws IOException {
        HttpResponse<String> response = send(request("/v2/" + repository + "/tags/list"));
        if (response.statusCode() == 404) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        JSON.readTree(ok(response)).path("tags").forEach(tag -> tags.add(tag.asText()));
        return tags.stream().sorted().toList();
    }

    /** The repositories whose name starts with {@code prefix}, through every page of the catalog. */
    List<String> repositories(String prefix) throws IOException {
        List<String> names = new ArrayList<>();
        String page = "/v2/_catalog?n=" + CATALOG_PAGE;
        while (page != null) {
            HttpResponse<String> response = send(request(page));
            JSON.readTree(ok(response)).path("repositories").forEach(name -> {
                if (name.asText().startsWith(prefix)) {
                    names.add(name.asText());
                }
            });
            // the next page, when there is one: Link: </v2/_catalog?last=x&n=1000>; rel="next"
            page = response.headers().firstValue("Link").map(link -> link.replaceFirst("^<([^>]*)>.*$", "$1"))
                    .orElse(null);
        }
        return names;
    }

    /** Every tag of every repository under {@code prefix} with its manifest digest: what "nothing pushed" compares. */
    Map<String, String> snapshot(String prefix) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (String repository : repositories(prefix)) {
            for (String tag : tags(repository)) {
                digests.put(repository + ":" + tag, manifestDigest(repository, tag));
            }
        }
        return digests;
    }

    /** The digest of the manifest {@code repository:tag} points to. */
    String manifestDigest(String repository, String tag) throws IOException {
        HttpResponse<String> response = send(request("/v2/" + repository + "/manifests/" + tag)
                .header("Accept", MANIFEST_TYPES).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        ok(response);
        return response.headers().firstValue("Docker-Content-Digest")
                .orElseThrow(() -> new IOException("no Docker-Content-Digest for " + repository + ":" + tag));
    }

    /** The labels of the image {@code repository:tag}, from its config blob. */
    Map<String, String> labels(String repository, String tag) throws IOException {
        JsonNode manifest = JSON.readTree(ok(send(request("/v2/" + repository + "/manifests/" + tag)
                .header("Accept", MANIFEST_TYPES))));
        String configDigest = manifest.path("config").path("digest").asText();
        JsonNode config = JSON.readTree(ok(send(request("/v2/" + repository + "/blobs/" + configDigest))));
        Map<String, String> labels = new TreeMap<>();
        config.path("config").path("Labels").fields().forEachRemaining(label -> labels.put(label.getKey(),
                label.getValue().asText()));
        return labels;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://" + address + path)).timeout(Duration.ofSeconds(20));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String ok(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(response.request().method() + " " + response.uri() + ": HTTP " + response.statusCode()
                    + " " + response.body());
        }
        return response.body();
    }
}
