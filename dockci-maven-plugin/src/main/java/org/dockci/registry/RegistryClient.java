package org.dockci.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP API of one registry ({@code host[:port]}), over HTTPS with the JDK's certificate checks, or over plain
 * HTTP when {@code insecure} (loopback only, as Docker itself allows). Authentication as Distribution does it: basic
 * (htpasswd) with the credentials given, or bearer tokens: on a {@code 401} with {@code WWW-Authenticate: Bearer
 * realm=…,service=…,scope=…} it asks the realm for a token of that scope (with the credentials when given, anonymously
 * otherwise), keeps it per scope until it expires, and sends the request again. Safe to use from several threads.
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
    private static final Pattern REPOSITORY_PATH = Pattern.compile("/v2/(.+)/(?:tags|manifests|blobs)/.*");
    private static final int CATALOG_PAGE = 1000;
    /** A token is not sent in its last seconds: the registry may see it expired. */
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(5);

    private final String registry;
    private final URI base;
    private final Optional<Credentials> credentials;
    private final HttpClient http;
    private final Map<String, BearerToken> tokens = new ConcurrentHashMap<>();
    /** The registry asked for a bearer token once: the credentials then go to its realm only, not to it. */
    private volatile boolean bearer;

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
        this.credentials = credentials;
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
            HttpResponse<byte[]> response = send("GET", path, Map.of());
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

    /**
     * The manifest {@code reference} (a tag or a digest) of {@code repository}, with its digest and the sizes of its
     * blobs; empty when there is no such tag or manifest. The digest is the registry's {@code Docker-Content-Digest},
     * else the SHA-256 of the bytes it served (what the header would say).
     */
    public Optional<Manifest> manifest(String repository, String reference) {
        HttpResponse<byte[]> response = send("GET", "/v2/" + repository + "/manifests/" + reference,
                Map.of("Accept", MANIFEST_TYPES));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        JsonNode manifest = readJson(ok(response), response);
        String digest = response.headers().firstValue("Docker-Content-Digest").orElseGet(() -> sha256(response.body()));
        String mediaType = manifest.path("mediaType").asText(response.headers().firstValue("Content-Type").orElse(""));
        Optional<Manifest.Blob> config = manifest.has("config") ? Optional.of(blob(manifest.path("config")))
                : Optional.empty();
        List<Manifest.Blob> layers = new ArrayList<>();
        manifest.path("layers").forEach(layer -> layers.add(blob(layer)));
        return Optional.of(new Manifest(digest, mediaType, config, layers));
    }

    private static Manifest.Blob blob(JsonNode descriptor) {
        return new Manifest.Blob(descriptor.path("digest").asText(), descriptor.path("size").asLong());
    }

    /**
     * The image {@code reference} (a tag or a digest) of {@code repository}: its manifest, and the labels of its
     * config (none for an index of several platforms); empty when there is no such tag or manifest.
     */
    public Optional<RegistryImage> image(String repository, String reference) {
        return manifest(repository, reference).map(manifest -> new RegistryImage(manifest,
                manifest.config().map(config -> labels(repository, config.digest())).orElse(Map.of())));
    }

    /** The labels of an image's config blob {@code configDigest}. */
    public Map<String, String> labels(String repository, String configDigest) {
        HttpResponse<byte[]> response = send("GET", "/v2/" + repository + "/blobs/" + configDigest, Map.of());
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
        HttpResponse<byte[]> response = send("DELETE", "/v2/" + repository + "/manifests/" + digest, Map.of());
        return switch (response.statusCode()) {
            case 202, 200 -> true;
            case 404 -> false;
            case 405 -> throw new RegistryException(registry + " does not allow deletes (HTTP 405 on DELETE "
                    + repository + "@" + digest + "): set storage.delete.enabled: true in its config.yml (or"
                    + " REGISTRY_STORAGE_DELETE_ENABLED=true) and restart it; x3-registry has it on");
            default -> throw failure(response);
        };
    }

    /**
     * Sends a request with what authenticates it: the token kept for its scope, else basic credentials (until the
     * registry asked for tokens). A 401 with a bearer challenge fetches a token for the scope it names, and the
     * request goes once more.
     */
    private HttpResponse<byte[]> send(String method, String path, Map<String, String> headers) {
        URI uri = base.resolve(path);
        String scope = scopeOf(method, uri.getPath());
        BearerToken token = tokens.get(scope);
        HttpResponse<byte[]> response = exchange(method, uri, headers, authorization(token));
        if (response.statusCode() != 401) {
            return response;
        }
        String header = response.headers().firstValue("WWW-Authenticate").orElse("");
        BearerChallenge challenge = BearerChallenge.parse(header).orElseThrow(() -> refused(response, header));
        bearer = true;
        BearerToken fresh = tokens.compute(scope, (key, kept) -> kept != null && kept != token && kept.usable()
                ? kept : fetchToken(challenge, scope));
        HttpResponse<byte[]> again = exchange(method, uri, headers, Optional.of("Bearer " + fresh.value()));
        if (again.statusCode() == 401) {
            tokens.remove(scope, fresh);
            throw new RegistryException(registry + " refused the token " + challenge.realm() + " gave for "
                    + challenge.scope().orElse(scope) + " (HTTP 401 on " + method + " " + uri.getPath() + "): the token"
                    + " server does not grant " + who() + " that access");
        }
        return again;
    }

    /**
     * The scope Distribution names for a request, as the key its token is kept under: {@code registry:catalog:*},
     * {@code repository:<name>:pull} for reads, {@code repository:<name>:delete} for deletes.
     */
    private static String scopeOf(String method, String path) {
        if (path.startsWith("/v2/_catalog")) {
            return "registry:catalog:*";
        }
        Matcher repository = REPOSITORY_PATH.matcher(path);
        if (!repository.matches()) {
            return "registry:base"; // /v2/ itself
        }
        return "repository:" + repository.group(1) + (method.equals("DELETE") ? ":delete" : ":pull");
    }

    private Optional<String> authorization(BearerToken token) {
        if (token != null && token.usable()) {
            return Optional.of("Bearer " + token.value());
        }
        return bearer ? Optional.empty() : credentials.map(RegistryClient::basic);
    }

    private static String basic(Credentials credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (credentials.username() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A token from the challenge's realm for its scope (the request's own when it names none), as Distribution's token
     * specification has it: {@code GET realm?service=…&scope=…}, basic credentials when given, and a JSON answer with
     * {@code token} (or {@code access_token}) and {@code expires_in} (60 s when absent).
     */
    private BearerToken fetchToken(BearerChallenge challenge, String requestScope) {
        URI realm;
        try {
            realm = URI.create(challenge.realm());
        } catch (IllegalArgumentException e) {
            throw new RegistryException(registry + " names a token realm that is not a URL: '" + challenge.realm() + "'", e);
        }
        boolean loopback = realm.getHost() != null && isLoopback(realm.getHost());
        if (!"https".equalsIgnoreCase(realm.getScheme()) && !("http".equalsIgnoreCase(realm.getScheme()) && loopback)) {
            throw new RegistryException(registry + " sends for tokens to " + realm + ", which is not HTTPS: dockci asks a"
                    + " token server over plain HTTP on this machine's loopback only; give the token server TLS");
        }
        String scope = challenge.scope().orElse(requestScope);
        StringBuilder query = new StringBuilder();
        challenge.service().ifPresent(service -> query.append("&service=").append(encode(service)));
        for (String each : scope.trim().split("\\s+")) {
            query.append("&scope=").append(encode(each));
        }
        credentials.ifPresent(c -> query.append("&account=").append(encode(c.username())));
        URI uri = URI.create(challenge.realm() + (challenge.realm().contains("?") ? "&" : "?") + query.substring(1));
        HttpResponse<byte[]> response;
        try {
            response = exchange("GET", uri, Map.of(), credentials.map(RegistryClient::basic));
        } catch (RegistryException e) {
            throw new RegistryException("token server " + realm + " (the realm " + registry + " sends for tokens)"
                    + " unreachable: " + e.getCause().getMessage(), e.getCause());
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new RegistryException("token server " + realm + " refused " + who() + " (HTTP " + status + " for "
                    + scope + "): " + (credentials.isPresent() ? "check the" : "add a") + " <server> with <id>"
                    + registry + "</id> in settings.xml");
        }
        if (status != 200) {
            throw new RegistryException("token server " + realm + " answered HTTP " + status + " for " + scope
                    + excerpt(response));
        }
        JsonNode answer = readJson(new String(response.body(), StandardCharsets.UTF_8), response);
        String value = answer.path("token").asText(answer.path("access_token").asText(""));
        if (value.isEmpty()) {
            throw new RegistryException("token server " + realm + " answered without a token for " + scope);
        }
        long seconds = answer.path("expires_in").asLong(60);
        return new BearerToken(value, Instant.now().plusSeconds(seconds > 0 ? seconds : 60));
    }

    private String who() {
        return credentials.map(c -> "the credentials of " + c.username()).orElse("anonymous access");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> exchange(String method, URI uri, Map<String, String> headers,
            Optional<String> authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        authorization.ifPresent(value -> request.header("Authorization", value));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new RegistryException("registry " + registry + " unreachable (" + method + " " + uri.getScheme() + "://"
                    + uri.getAuthority() + uri.getPath() + "): " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + "; is it running, and is dockci.registry right?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException("interrupted while asking " + registry, e);
        }
    }

    private RegistryException refused(HttpResponse<byte[]> response, String challenge) {
        if (challenge.toLowerCase(Locale.ROOT).startsWith("bearer")) {
            return new RegistryException(registry + " asks for a bearer token without a realm to get it from ("
                    + challenge + ")");
        }
        return new RegistryException(registry + " refused the credentials (HTTP 401 on " + response.request().method()
                + " " + response.uri().getPath() + "): " + (credentials.isPresent() ? "check the" : "add a")
                + " <server> with <id>" + registry + "</id> in settings.xml");
    }

    private String ok(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw failure(response);
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private RegistryException failure(HttpResponse<byte[]> response) {
        return new RegistryException(registry + ": " + response.request().method() + " " + response.uri().getPath()
                + " answered HTTP " + response.statusCode() + excerpt(response));
    }

    private static String excerpt(HttpResponse<byte[]> response) {
        String body = response.body() == null ? "" : new String(response.body(), StandardCharsets.UTF_8).strip();
        return body.isEmpty() ? "" : ": " + body.substring(0, Math.min(300, body.length()));
    }

    private JsonNode readJson(String body, HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new RegistryException(response.uri().getScheme() + "://" + response.uri().getAuthority()
                    + response.uri().getPath() + " answered something else than JSON: " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** A bearer token and when it expires. */
    private record BearerToken(String value, Instant expires) {

        boolean usable() {
            return Instant.now().isBefore(expires.minus(TOKEN_MARGIN));
        }

        @Override
        public String toString() {
            return "BearerToken[hidden, expires " + expires + "]";
        }
    }
}
