package org.dockci.registry;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The logins dockci reads registries with, found as {@code dockci:push} finds the one it pushes with: the
 * {@code settings.xml} {@code <server>} whose id is the registry (given by the mojo, {@code servers}), else the
 * docker CLI's own {@code docker login} ({@link DockerConfig}, read when first needed). A login the CLI keeps in a
 * credential helper is not read: the registry is asked without one, and {@link #unread} says why. One client per
 * registry, so that its bearer tokens serve every image asked of it; safe to use from several threads.
 */
public final class RegistryLogins {

    /** Where Docker Hub ({@code docker.io}) answers its API. */
    private static final String DOCKER_HUB_API = "registry-1.docker.io";

    private final Function<String, Optional<Credentials>> servers;
    private final Map<String, String> environment;
    private final Map<String, RegistryClient> clients = new ConcurrentHashMap<>();
    private volatile DockerConfig docker;

    /**
     * {@code servers}: the {@code settings.xml} login of a registry ({@code host[:port]}), empty when there is none; it
     * may throw a {@link RegistryException} saying why it cannot be had. {@code environment} locates the docker CLI's
     * configuration ({@code DOCKER_CONFIG}, {@code HOME}).
     */
    public RegistryLogins(Function<String, Optional<Credentials>> servers, Map<String, String> environment) {
        this.servers = servers;
        this.environment = Map.copyOf(environment);
    }

    /**
     * The client of {@code registry} ({@code host[:port]}, {@code docker.io} for Docker Hub) with its login: plain
     * HTTP for a registry on this machine's loopback, as Docker itself does, HTTPS for any other.
     *
     * @throws RegistryException when the settings.xml login cannot be had (a password that cannot be decrypted)
     */
    public RegistryClient client(String registry) {
        return clients.computeIfAbsent(registry, name -> {
            String host = name.equals("docker.io") ? DOCKER_HUB_API : name;
            return new RegistryClient(host, login(name), RegistryClient.isLoopback(host));
        });
    }

    /** Why {@code registry} is asked without the login the docker CLI has for it; empty when there is none such. */
    public Optional<String> unread(String registry) {
        if (servers.apply(registry).isPresent()) {
            return Optional.empty();
        }
        return docker().login(registry) instanceof DockerConfig.Login.NotReadable unread ? Optional.of(unread.why())
                : Optional.empty();
    }

    /**
     * The login of {@code registry}: settings.xml's, else the docker CLI's; empty when there is none it can read.
     *
     * @throws RegistryException when the settings.xml login cannot be had (a password that cannot be decrypted)
     */
    public Optional<Credentials> login(String registry) {
        Optional<Credentials> server = servers.apply(registry);
        if (server.isPresent()) {
            return server;
        }
        return docker().login(registry) instanceof DockerConfig.Login.Found found ? Optional.of(found.credentials())
                : Optional.empty();
    }

    private DockerConfig docker() {
        if (docker == null) {
            docker = DockerConfig.read(environment);
        }
        return docker;
    }
}
