package org.dockci.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * A registry of the test's own: Debian's {@code docker-registry} (Distribution 2.8, installed by
 * scripts/build-env.sh) on a free port of 127.0.0.1, storage in a folder of the test, stopped by {@link #close}.
 * Never the user's registry (127.0.0.1:5000).
 */
public final class TestRegistry implements AutoCloseable {

    private final Path folder;
    private final Path config;
    private final int port;
    private final boolean deletes;
    private final Optional<Credentials> login;
    private Process process;

    private TestRegistry(Path folder, Path config, int port, boolean deletes, Optional<Credentials> login) {
        this.folder = folder;
        this.config = config;
        this.port = port;
        this.deletes = deletes;
        this.login = login;
    }

    /** A registry that refuses deletes, as Distribution does by default. */
    public static TestRegistry start(Path folder) throws IOException, InterruptedException {
        return start(folder, false);
    }

    /** A registry storing in {@code folder}; {@code deletes}: {@code storage.delete.enabled}. */
    public static TestRegistry start(Path folder, boolean deletes) throws IOException, InterruptedException {
        return start(folder, deletes, Optional.empty());
    }

    /** A registry that answers only with {@code login} (basic authentication, an htpasswd file, as x3-registry's). */
    public static TestRegistry startWithLogin(Path folder, Credentials login) throws IOException, InterruptedException {
        return start(folder, false, Optional.of(login));
    }

    private static TestRegistry start(Path folder, boolean deletes, Optional<Credentials> login)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(folder);
        TestRegistry registry = new TestRegistry(folder, folder.resolve("registry.yml"), port, deletes, login);
        registry.writeConfig(login.isPresent() ? registry.htpasswd(login.get()) : "");
        registry.serve();
        return registry;
    }

    private void writeConfig(String auth) throws IOException {
        Files.writeString(config, """
                version: 0.1
                log:
                  level: error
                storage:
                  filesystem:
                    rootdirectory: %s
                  delete:
                    enabled: %s
                http:
                  addr: 127.0.0.1:%d
                """.formatted(folder.resolve("storage"), deletes, port) + auth);
    }

    /**
     * Serves the same storage again on the same port, now with Distribution's token authentication: every request
     * needs a bearer token from {@code tokens} (realm, service, issuer, and its certificate as {@code rootcertbundle}).
     */
    public void requireTokens(TestTokenServer tokens) throws IOException, InterruptedException {
        requireTokens(tokens, tokens.realm());
    }

    /** {@link #requireTokens(TestTokenServer)}, the challenge naming {@code realm} instead of the token server's. */
    public void requireTokens(TestTokenServer tokens, String realm) throws IOException, InterruptedException {
        close();
        writeConfig("""
                auth:
                  token:
                    realm: %s
                    service: %s
                    issuer: %s
                    rootcertbundle: %s
                """.formatted(realm, TestTokenServer.SERVICE, TestTokenServer.ISSUER, tokens.rootCertificate()));
        serve();
    }

    /** The {@code auth: htpasswd:} block for {@code login}, its bcrypt file written next to the config. */
    private String htpasswd(Credentials login) throws IOException {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Path htpasswd = folder.resolve("htpasswd");
        Files.writeString(htpasswd, login.username() + ":"
                + OpenBSDBCrypt.generate("2b", login.password().toCharArray(), salt, 4) + "\n");
        return """
                auth:
                  htpasswd:
                    realm: dockci-test
                    path: %s
                """.formatted(htpasswd);
    }

    private void serve() throws IOException, InterruptedException {
        process = new ProcessBuilder("docker-registry", "serve", config.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("registry.log").toFile())).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!answers()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("docker-registry did not answer on " + address() + ": "
                        + Files.readString(folder.resolve("registry.log")));
            }
            Thread.sleep(100);
        }
    }

    /** {@code 127.0.0.1:<port>}: Docker talks to a loopback registry over plain HTTP. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    /**
     * The tags of {@code repository} ({@code dockci/x3-webdav}), sorted, as the registry's HTTP API lists them
     * ({@code GET /v2/<repository>/tags/list}); none when it has no such repository.
     */
    public List<String> tags(String repository) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://" + address() + "/v2/" + repository + "/tags/list"));
        login.ifPresent(known -> request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (known.username() + ":" + known.password()).getBytes(StandardCharsets.UTF_8))));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return List.of();
        }
        if (response.statusCode() != 200) {
            throw new IOException("GET /v2/" + repository + "/tags/list: HTTP " + response.statusCode() + " "
                    + response.body());
        }
        List<String> tags = new ArrayList<>();
        new ObjectMapper().readTree(response.body()).path("tags").forEach(tag -> tags.add(tag.asText()));
        Collections.sort(tags);
        return tags;
    }

    /** The bytes of the registry's storage folder. */
    public long storageBytes() throws IOException {
        try (Stream<Path> files = Files.walk(folder.resolve("storage"))) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    /**
     * Distribution's garbage collection with the registry stopped, as it requires, then serves again on the same
     * port; returns the collector's output.
     */
    public String garbageCollect() throws IOException, InterruptedException {
        close();
        Process gc = new ProcessBuilder("docker-registry", "garbage-collect", "--delete-untagged", config.toString())
                .redirectErrorStream(true).start();
        String output = new String(gc.getInputStream().readAllBytes());
        if (gc.waitFor() != 0) {
            throw new IllegalStateException("garbage-collect failed: " + output);
        }
        serve();
        return output;
    }

    private boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://" + address() + "/v2/").toURL()
                    .openConnection();
            connection.setConnectTimeout(500);
            int status = connection.getResponseCode();
            return status == 200 || status == 401; // 401: it serves, and wants a login or a token
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
