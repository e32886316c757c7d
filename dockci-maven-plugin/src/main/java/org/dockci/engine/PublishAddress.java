package org.dockci.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/**
 * The address the containers of a build publish their ports on, and that the build's waits and ITs call: an address
 * of the engine's host that the build reaches. A local engine (a unix socket, no {@code DOCKER_HOST}, or a
 * {@code DOCKER_HOST} on loopback) publishes on {@code 127.0.0.1}, nothing else of the machine; a remote one
 * ({@code DOCKER_HOST=tcp://build-engine:2376}, {@code ssh://user@build-engine}) on its host, since its loopback is
 * not the build's. Given explicitly ({@code -Ddockci.docker.publishAddress}), that wins: an engine whose ports the
 * build reaches on another of its addresses.
 *
 * @param value  the address, a host name or an IP
 * @param source where it comes from, for the log: {@code DOCKER_HOST}, {@code dockci.docker.publishAddress}, the default
 */
public record PublishAddress(String value, String source) {

    /** The property the build's port mappings, waits and ITs name (containers/pom.xml and each module's). */
    public static final String PROPERTY = "dockci.docker.publishAddress";

    /** A local engine's: loopback only, so that a service under test is never reachable from the network. */
    public static final String LOOPBACK = "127.0.0.1";

    /**
     * The address to publish on: {@code configured} when given, else derived from the build's environment's
     * {@code DOCKER_HOST}, as the docker CLI and fabric8 read it.
     *
     * @throws IllegalArgumentException when {@code DOCKER_HOST} is not a URL with a host the address can be taken from
     */
    public static PublishAddress of(Optional<String> configured, Map<String, String> environment) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return new PublishAddress(configured.get().strip(), PROPERTY);
        }
        String dockerHost = environment.getOrDefault("DOCKER_HOST", "").strip();
        if (dockerHost.isEmpty()) {
            return new PublishAddress(LOOPBACK, "a local engine (no DOCKER_HOST)");
        }
        URI uri;
        try {
            uri = new URI(dockerHost);
        } catch (URISyntaxException e) {
            throw unreadable(dockerHost, e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        switch (scheme) {
            case "unix", "npipe", "fd":
                return new PublishAddress(LOOPBACK, "a local engine (DOCKER_HOST=" + dockerHost + ")");
            case "tcp", "http", "https", "ssh":
                String host = uri.getHost();
                if (host == null || host.isBlank()) {
                    throw unreadable(dockerHost, "no host in it");
                }
                if (isLoopback(host)) {
                    return new PublishAddress(LOOPBACK, "an engine on loopback (DOCKER_HOST=" + dockerHost + ")");
                }
                return new PublishAddress(host.startsWith("[") ? host.substring(1, host.length() - 1) : host,
                        "the engine's host (DOCKER_HOST=" + dockerHost + ")");
            default:
                throw unreadable(dockerHost, "not tcp://, ssh:// or unix://");
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("[::1]") || host.matches("127(\\.\\d{1,3}){3}");
    }

    private static IllegalArgumentException unreadable(String dockerHost, String why) {
        return new IllegalArgumentException("cannot tell where the containers' ports are published from DOCKER_HOST="
                + dockerHost + " (" + why + "): set DOCKER_HOST as the docker CLI reads it (tcp://host:2376), or give"
                + " the address the build reaches the engine's containers on with -D" + PROPERTY + "=<address>");
    }
}
