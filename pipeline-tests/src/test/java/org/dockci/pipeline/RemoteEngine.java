package org.dockci.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A second Docker engine, reached as a remote one is: Debian's {@code docker.io} in a container of the first engine
 * (the image {@code pipeline-tests/src/test/resources/remote-engine}, built once and kept under a tag that is a digest
 * of its files), its API on TLS port 2376 of the container's address with client certificates, all made here with
 * {@code openssl} in the test's folder: a CA, the server's certificate naming that address, the client's. Its
 * storage is a tmpfs of the container: {@link #close} removes the container and nothing of it is left. It starts
 * with no image: {@link #loadFromFirstEngine} copies the base images in.
 */
final class RemoteEngine implements AutoCloseable {

    /** The label on the engine's container, on the first engine: this test's own. */
    static final String LABEL = "org.dockci.test.remote-engine";

    private static final Path IMAGE_FILES = RepositoryRoot.path().resolve("pipeline-tests/src/test/resources/remote-engine");
    private static final Duration SHORT = Duration.ofMinutes(2);
    private static final Duration START = Duration.ofSeconds(60);

    private final String container;
    private final String address;
    private final Path certificates;

    private RemoteEngine(String container, String address, Path certificates) {
        this.container = container;
        this.address = address;
        this.certificates = certificates;
    }

    /** Starts the engine, its certificates in {@code folder}; fails with its log when it does not answer in time. */
    static RemoteEngine start(Path folder) throws IOException, InterruptedException {
        String image = image();
        String name = "dockci-remote-engine-" + UUID.randomUUID().toString().substring(0, 8);
        // not --privileged, which a host missing a capability in its own bounding set refuses (this CI machine, itself
        // a container, lacks CAP_SYS_RESOURCE): every other capability, no seccomp or AppArmor profile, /proc and /sys
        // unmasked (start-engine remounts the cgroups writable)
        try {
            run(List.of("docker", "run", "--detach", "--name", name, "--label", LABEL + "=true",
                    "--cap-add", "ALL", "--cap-drop", "SYS_RESOURCE", "--security-opt", "seccomp=unconfined",
                    "--security-opt", "apparmor=unconfined", "--security-opt", "systempaths=unconfined",
                    "--tmpfs", "/var/lib/docker:exec", image));
            String address = run(List.of("docker", "inspect", "--format",
                    "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", name)).strip();
            Path certificates = Files.createDirectories(folder.resolve("certificates"));
            RemoteEngine engine = new RemoteEngine(name, address, certificates);
            engine.makeCertificates();
            run(List.of("docker", "exec", name, "mkdir", "-p", "/certs"));
            for (String file : List.of("ca.pem", "server-cert.pem", "server-key.pem")) {
                run(List.of("docker", "cp", certificates.resolve(file).toString(), name + ":/certs/" + file));
            }
            run(List.of("docker", "exec", name, "touch", "/certs/ready"));
            engine.awaitAnswer();
            return engine;
        } catch (RuntimeException | IOException | InterruptedException e) {
            new RemoteEngine(name, "", folder).close();
            throw e;
        }
    }

    /** The engine's address, which {@code DOCKER_HOST} names and the containers publish their ports on. */
    String address() {
        return address;
    }

    /** The environment of a client of this engine, as the docker CLI and fabric8 read it. */
    Map<String, String> clientEnvironment() {
        return Map.of("DOCKER_HOST", "tcp://" + address + ":2376", "DOCKER_TLS_VERIFY", "1",
                "DOCKER_CERT_PATH", certificates.toString());
    }

    /** Runs the docker CLI against this engine; its output and exit code, whatever they are. */
    CommandOutput docker(String... args) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.remove("DOCKER_CONTEXT");
        environment.putAll(clientEnvironment());
        return CommandOutput.of(command, certificates, SHORT, environment);
    }

    /** Copies {@code image} from the first engine into this one ({@code docker save | docker load}). */
    void loadFromFirstEngine(String image) throws IOException, InterruptedException {
        ProcessBuilder save = new ProcessBuilder("docker", "save", image);
        ProcessBuilder load = new ProcessBuilder("docker", "load", "--quiet")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        load.environment().remove("DOCKER_CONTEXT");
        load.environment().putAll(clientEnvironment());
        save.redirectError(ProcessBuilder.Redirect.DISCARD);
        List<Process> pipeline = ProcessBuilder.startPipeline(List.of(save, load));
        for (Process process : pipeline) {
            if (process.waitFor() != 0) {
                throw new IllegalStateException("docker save " + image + " | docker load (the second engine) failed");
            }
        }
        if (docker("image", "inspect", image).exitCode() != 0) {
            throw new IllegalStateException("the second engine has no " + image + " after docker load");
        }
    }

    /** What the engine's own dockerd printed, for failure messages. */
    String log() {
        return CommandOutput.of(List.of("docker", "logs", "--tail", "40", container), certificates, SHORT).output();
    }

    /** Removes the engine's container, and with it (a tmpfs) everything the engine held. */
    @Override
    public void close() {
        CommandOutput.of(List.of("docker", "rm", "--force", "--volumes", container), Path.of("."), SHORT);
    }

    /**
     * The engine's image, {@code dockci-it-remote-engine:<digest of its files>}: built when the first engine lacks
     * it, kept after (an image is not what a test leaves behind), so that later runs start at once.
     */
    private static String image() throws IOException {
        String image = "dockci-it-remote-engine:" + digest(IMAGE_FILES);
        if (CommandOutput.of(List.of("docker", "image", "inspect", image), IMAGE_FILES, SHORT).exitCode() != 0) {
            CommandOutput built = CommandOutput.of(List.of("docker", "build", "--quiet", "--tag", image,
                    IMAGE_FILES.toString()), IMAGE_FILES, Duration.ofMinutes(10));
            if (!built.succeeded()) {
                throw new IllegalStateException("cannot build " + image + ":\n" + built.output());
            }
        }
        return image;
    }

    private static String digest(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files.sorted().toList()) {
                sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CA, the server's certificate for the engine's address (and 127.0.0.1), the client's: as Docker's TLS guide. */
    private void makeCertificates() throws IOException {
        Files.writeString(certificates.resolve("server.ext"),
                "subjectAltName=IP:" + address + ",IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
        Files.writeString(certificates.resolve("client.ext"), "extendedKeyUsage=clientAuth\n");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=dockci-it-ca",
                "-keyout", "ca-key.pem", "-out", "ca.pem");
        for (String[] pair : List.of(new String[] {"server", "server-key.pem", "server-cert.pem"},
                new String[] {"client", "key.pem", "cert.pem"})) {
            openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=dockci-it-" + pair[0], "-keyout", pair[1],
                    "-out", pair[0] + ".csr");
            openssl("x509", "-req", "-in", pair[0] + ".csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem",
                    "-CAcreateserial", "-days", "1", "-extfile", pair[0] + ".ext", "-out", pair[2]);
        }
    }

    private void openssl(String... args) {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        CommandOutput made = CommandOutput.of(command, certificates, SHORT);
        if (!made.succeeded()) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + made.output());
        }
    }

    private void awaitAnswer() throws InterruptedException {
        Instant deadline = Instant.now().plus(START);
        while (docker("version", "--format", "{{.Server.Version}}").exitCode() != 0) {
            String state = CommandOutput.of(List.of("docker", "inspect", "--format", "{{.State.Status}}", container),
                    certificates, SHORT).output().strip();
            if (!state.equals("running") || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the second engine did not answer on tcp://" + address + ":2376 ("
                        + state + "):\n" + log());
            }
            Thread.sleep(200);
        }
    }

    private static String run(List<String> command) {
        CommandOutput output = CommandOutput.of(command, Path.of("."), SHORT);
        if (!output.succeeded()) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output.output());
        }
        return output.output();
    }
}
