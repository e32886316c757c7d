package org.dockci.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dockci.registry.Credentials;
import org.dockci.registry.DockerConfig;

/**
 * A docker CLI configuration of the build's own, holding one login: the {@code settings.xml} {@code <server>} of the
 * registry, as fabric8 reads it, handed to {@code docker push} without {@code docker login} (which would write into
 * the user's configuration) and without the password on a command line. A folder readable by its owner only, deleted
 * when closed. The user's current {@code docker context} is kept, so that the CLI talks to the same engine.
 */
public final class RegistryLogin implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    private RegistryLogin(Path directory) {
        this.directory = directory;
    }

    /**
     * Writes the configuration: {@code credentials} for {@code registry} ({@code host[:port]}), and the current
     * context of the user's configuration ({@code DOCKER_CONFIG}, else {@code ~/.docker}) as {@code environment} has it.
     */
    public static RegistryLogin write(String registry, Credentials credentials, Map<String, String> environment) {
        try {
            Path directory = Files.createTempDirectory("dockci-docker-config-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            ObjectNode config = JSON.createObjectNode();
            String auth = Base64.getEncoder().encodeToString((credentials.username() + ":" + credentials.password())
                    .getBytes(StandardCharsets.UTF_8));
            config.putObject("auths").putObject(registry).put("auth", auth);
            Path user = DockerConfig.folder(environment);
            Optional<String> current = DockerConfig.read(environment).currentContext();
            if (current.isPresent() && Files.isDirectory(user.resolve("contexts"))) {
                config.put("currentContext", current.get());
                Files.createSymbolicLink(directory.resolve("contexts"), user.resolve("contexts").toAbsolutePath());
            }
            Path file = directory.resolve("config.json");
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            JSON.writeValue(file.toFile(), config);
            return new RegistryLogin(directory);
        } catch (IOException e) {
            throw new EngineException("cannot write a docker configuration for the login to " + registry + " in "
                    + System.getProperty("java.io.tmpdir") + ": " + e.getMessage(), e);
        }
    }

    /** The folder to give the CLI as {@code DOCKER_CONFIG}. */
    public Path directory() {
        return directory;
    }

    /** Deletes the configuration (the user's contexts, linked, are not followed). */
    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new EngineException("cannot delete the docker configuration " + directory + " (it holds a"
                    + " registry login: delete it): " + e.getMessage(), e);
        }
    }
}
