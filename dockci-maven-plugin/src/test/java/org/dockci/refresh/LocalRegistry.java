package org.dockci.refresh;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A registry of the test's own: Debian's {@code docker-registry} (Distribution 2.8, installed by
 * scripts/build-env.sh) on a free port of 127.0.0.1, storage in a folder of the test, stopped by {@link #close}.
 * Never the user's registry.
 */
final class LocalRegistry implements AutoCloseable {

    private final Process process;
    private final int port;

    private LocalRegistry(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static LocalRegistry start(Path folder) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path config = folder.resolve("registry.yml");
        Files.writeString(config, """
                version: 0.1
                log:
                  level: error
                storage:
                  filesystem:
                    rootdirectory: %s
                http:
                  addr: 127.0.0.1:%d
                """.formatted(folder.resolve("storage"), port));
        Process process = new ProcessBuilder("docker-registry", "serve", config.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("registry.log").toFile()).start();
        LocalRegistry registry = new LocalRegistry(process, port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!registry.answers()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                registry.close();
                throw new IllegalStateException("docker-registry did not answer on 127.0.0.1:" + port + ": "
                        + Files.readString(folder.resolve("registry.log")));
            }
            Thread.sleep(100);
        }
        return registry;
    }

    /** {@code 127.0.0.1:<port>}: Docker talks to a loopback registry over plain HTTP. */
    String address() {
        return "127.0.0.1:" + port;
    }

    private boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://" + address() + "/v2/").toURL()
                    .openConnection();
            connection.setConnectTimeout(500);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
