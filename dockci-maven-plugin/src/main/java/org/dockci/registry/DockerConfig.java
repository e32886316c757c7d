package org.dockci.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The docker CLI's configuration of the user ({@code config.json} in {@code DOCKER_CONFIG}, else in
 * {@code ~/.docker}): the logins {@code docker login} keeps there, and the current {@code docker context}. Read once;
 * a missing file is an empty configuration.
 */
public final class DockerConfig {

    /** The key Docker Hub's login is kept under, for the registry {@code docker.io}. */
    static final String DOCKER_HUB_KEY = "https://index.docker.io/v1/";

    private final Path file;
    private final JsonNode config;
    private final String unreadable;

    private DockerConfig(Path file, JsonNode config, String unreadable) {
        this.file = file;
        this.config = config;
        this.unreadable = unreadable;
    }

    /** The login the docker CLI has for a registry, as far as dockci can read it. */
    public sealed interface Login {

        /** A user name and password, from {@code auths} ({@code docker login} without a credential helper). */
        record Found(Credentials credentials) implements Login {
        }

        /**
         * The CLI asks a credential helper ({@code credHelpers} for this registry, else {@code credsStore}), which
         * dockci does not run; or the login cannot be read for another reason, {@code why}.
         */
        record NotReadable(String why) implements Login {
        }

        /** None: the CLI would ask the registry without a login. */
        record None() implements Login {
        }
    }

    /** The folder of the user's configuration as {@code environment} has it: {@code DOCKER_CONFIG}, else ~/.docker. */
    public static Path folder(Map<String, String> environment) {
        String configured = environment.get("DOCKER_CONFIG");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".docker");
    }

    /** Reads the user's {@code config.json} as {@code environment} locates it. */
    public static DockerConfig read(Map<String, String> environment) {
        Path file = folder(environment).resolve("config.json");
        if (!Files.isRegularFile(file)) { // the usual case in CI: no mapper made for nothing at the build's start
            return new DockerConfig(file, JsonNodeFactory.instance.objectNode(), "");
        }
        try {
            return new DockerConfig(file, new ObjectMapper().readTree(file.toFile()), "");
        } catch (IOException e) {
            return new DockerConfig(file, JsonNodeFactory.instance.objectNode(), file + " is not readable JSON");
        }
    }

    /** The context the CLI talks to, {@code currentContext}; empty for the default one. */
    public Optional<String> currentContext() {
        JsonNode current = config.path("currentContext");
        return current.isTextual() && !current.asText().isBlank() ? Optional.of(current.asText()) : Optional.empty();
    }

    /**
     * The login for {@code registry} ({@code host[:port]}; {@code docker.io} for Docker Hub), looked up as the CLI
     * does: a credential helper of the registry's own, else the one for every registry, else {@code auths}.
     */
    public Login login(String registry) {
        if (!unreadable.isEmpty()) {
            return new Login.NotReadable(unreadable);
        }
        JsonNode helper = config.path("credHelpers").path(registry);
        if (helper.isTextual() && !helper.asText().isBlank()) {
            return new Login.NotReadable(file + " has the docker CLI ask credential helper docker-credential-"
                    + helper.asText() + " for " + registry + ", which dockci does not run");
        }
        JsonNode store = config.path("credsStore");
        if (store.isTextual() && !store.asText().isBlank()) {
            return new Login.NotReadable(file + " has the docker CLI keep its logins in credential helper"
                    + " docker-credential-" + store.asText() + ", which dockci does not run");
        }
        JsonNode auth = auth(registry);
        if (auth.isMissingNode()) {
            return new Login.None();
        }
        if (auth.path("auth").isTextual() && !auth.path("auth").asText().isEmpty()) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(auth.path("auth").asText()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return new Login.NotReadable(file + ": the auth of " + registry + " is not base64");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return new Login.NotReadable(file + ": the auth of " + registry + " is not user:password");
            }
            return new Login.Found(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        }
        if (auth.path("username").isTextual() && auth.path("password").isTextual()) {
            return new Login.Found(new Credentials(auth.path("username").asText(), auth.path("password").asText()));
        }
        if (auth.path("identitytoken").isTextual()) {
            return new Login.NotReadable(file + " holds an identity token for " + registry
                    + " (an OAuth login), which dockci does not use");
        }
        return new Login.None();
    }

    /** The passwords of every login in {@code auths}: what the run report must never show. */
    public List<String> passwords() {
        List<String> passwords = new ArrayList<>();
        for (JsonNode auth : config.path("auths")) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(auth.path("auth").asText("")), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = "";
            }
            if (decoded.indexOf(':') >= 0) {
                passwords.add(decoded.substring(decoded.indexOf(':') + 1));
            }
            passwords.add(auth.path("password").asText(""));
            passwords.add(auth.path("identitytoken").asText(""));
        }
        passwords.removeIf(String::isEmpty);
        return passwords;
    }

    /**
     * The entry of {@code auths} for {@code registry}: under its own name, else under a key that names it as a URL
     * ({@code https://registry.example.org/v1/}), as the CLI matches them; Docker Hub's under {@link #DOCKER_HUB_KEY}.
     */
    private JsonNode auth(String registry) {
        JsonNode auths = config.path("auths");
        String key = registry.equals("docker.io") ? DOCKER_HUB_KEY : registry;
        if (auths.has(key)) {
            return auths.get(key);
        }
        for (Iterator<Map.Entry<String, JsonNode>> entries = auths.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (hostOf(entry.getKey()).equals(hostOf(key))) {
                return entry.getValue();
            }
        }
        return auths.path(key);
    }

    /** {@code https://registry.example.org/v1/} → {@code registry.example.org}, as the CLI reads a key. */
    private static String hostOf(String key) {
        String host = key.replaceFirst("^https?://", "");
        int slash = host.indexOf('/');
        return slash < 0 ? host : host.substring(0, slash);
    }
}
