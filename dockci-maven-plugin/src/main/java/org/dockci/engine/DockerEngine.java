package org.dockci.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The engine through the {@code docker} program: inspect and pull images, run a throwaway container. Every
 * container it starts carries the label {@value #LABEL} (and the build's identity, {@link #forBuild}) and a name of
 * its own, and is removed when it ends, also when it outlives its timeout.
 */
public final class DockerEngine {

    /** The label on the containers this class starts, so that a clean-up can tell them. */
    public static final String LABEL = "org.dockci.check";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration QUICK = Duration.ofSeconds(60);
    private static final Duration PULL = Duration.ofMinutes(10);
    private static final Duration PUSH = Duration.ofMinutes(30);

    private final String program;
    private final Map<String, String> environment;
    private final String buildId;

    /**
     * @param program     the docker CLI ({@code docker}, found on PATH)
     * @param environment the build's environment: {@code DOCKER_HOST}, {@code DOCKER_CONTEXT} and
     *                    {@code DOCKER_CONFIG} in it decide which engine and which logins are used, as for the user
     */
    public DockerEngine(String program, Map<String, String> environment) {
        this(program, environment, "");
    }

    private DockerEngine(String program, Map<String, String> environment, String buildId) {
        this.program = program;
        this.environment = Map.copyOf(environment);
        this.buildId = buildId;
    }

    /** The engine the user's {@code docker} talks to. */
    public static DockerEngine fromEnvironment() {
        return new DockerEngine("docker", System.getenv());
    }

    /** This engine, labelling the containers it starts with the build's identity ({@link BuildId#LABEL}). */
    public DockerEngine forBuild(String id) {
        return new DockerEngine(program, environment, id);
    }

    /** This engine, its CLI using the logins of {@code login} instead of the user's. */
    public DockerEngine loggedIn(RegistryLogin login) {
        Map<String, String> withLogin = new LinkedHashMap<>(environment);
        withLogin.put("DOCKER_CONFIG", login.directory().toString());
        return new DockerEngine(program, withLogin, buildId);
    }

    /** What the engine knows of {@code image}; empty when it has no such image. */
    public Optional<ImageFacts> inspect(String image) {
        return inspectJson(image).map(node -> {
            List<String> digests = new ArrayList<>();
            node.path("RepoDigests").forEach(digest -> digests.add(digest.asText()));
            Map<String, String> labels = new LinkedHashMap<>();
            node.path("Config").path("Labels").fields()
                    .forEachRemaining(label -> labels.put(label.getKey(), label.getValue().asText()));
            return new ImageFacts(node.path("Id").asText(), digests, labels, node.path("Size").asLong());
        });
    }

    /** The run configuration of {@code image}; empty when the engine has no such image. */
    public Optional<ImageConfig> imageConfig(String image) {
        return inspectJson(image).map(node -> {
            JsonNode config = node.path("Config");
            Map<String, String> environment = new LinkedHashMap<>();
            for (String pair : strings(config.path("Env"))) {
                int equals = pair.indexOf('=');
                environment.put(equals < 0 ? pair : pair.substring(0, equals), equals < 0 ? "" : pair.substring(equals + 1));
            }
            List<String> volumes = new ArrayList<>();
            config.path("Volumes").fieldNames().forEachRemaining(volumes::add);
            List<String> ports = new ArrayList<>();
            config.path("ExposedPorts").fieldNames().forEachRemaining(ports::add);
            Map<String, String> labels = new LinkedHashMap<>();
            config.path("Labels").fields()
                    .forEachRemaining(label -> labels.put(label.getKey(), label.getValue().asText()));
            JsonNode test = config.path("Healthcheck").path("Test");
            return new ImageConfig(environment, strings(config.path("Entrypoint")), strings(config.path("Cmd")),
                    volumes, config.path("WorkingDir").asText(""), ports, labels, config.path("User").asText(""),
                    test.isArray() && !test.isEmpty() ? Optional.of(strings(test)) : Optional.empty());
        });
    }

    private Optional<JsonNode> inspectJson(String image) {
        Output output = docker(QUICK, List.of("image", "inspect", "--format", "{{json .}}", image));
        if (output.exitCode() != 0) {
            if (output.stderr().contains("No such image") || output.stderr().contains("No such object")) {
                return Optional.empty();
            }
            throw failure("docker image inspect " + image, output);
        }
        try {
            return Optional.of(JSON.readTree(output.stdout()));
        } catch (IOException e) {
            throw new EngineException("docker image inspect " + image + " printed something else than JSON: "
                    + output.stdout(), e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(element -> strings.add(element.asText()));
        return strings;
    }

    /** {@link #inspect}, pulling {@code image} first when the engine does not have it. */
    public PullResult ensureLocal(String image) {
        return inspect(image).isPresent() ? new PullResult.Pulled() : pull(image);
    }

    /** Pulls {@code image} from its registry. */
    public PullResult pull(String image) {
        Output output = docker(PULL, List.of("pull", "--quiet", image));
        if (output.exitCode() == 0) {
            return new PullResult.Pulled();
        }
        String message = firstLine(output.stderr().isBlank() ? output.stdout() : output.stderr());
        if (engineUnreachable(output.stderr())) {
            throw failure("docker pull " + image, output);
        }
        boolean notFound = message.contains("manifest unknown") || message.contains("not found")
                || message.contains("does not exist");
        return notFound ? new PullResult.NotFound(message) : new PullResult.Failed(message);
    }

    /** Puts the tag {@code target} on the image {@code source} (both full references), on this engine only. */
    public void tag(String source, String target) {
        Output output = docker(QUICK, List.of("tag", source, target));
        if (output.exitCode() != 0) {
            throw failure("docker tag " + source + " " + target, output);
        }
    }

    /**
     * Pushes {@code image} (a full reference with its tag) to its registry, with this CLI's logins. An engine that
     * does not answer is an {@link EngineException}; a registry that refuses or does not answer is a
     * {@link PushResult.Failed} with the CLI's own message.
     */
    public PushResult push(String image) {
        Output output = docker(PUSH, List.of("push", "--quiet", image));
        if (output.exitCode() == 0) {
            return new PushResult.Pushed();
        }
        if (engineUnreachable(output.stderr())) {
            throw failure("docker push " + image, output);
        }
        return new PushResult.Failed(lastLine(output.stderr().isBlank() ? output.stdout() : output.stderr()));
    }

    /**
     * Runs {@code script} with {@code sh -c} in a throwaway container of {@code image}, as root, on the host's
     * network (so that it reaches what the build reaches, loopback included), without its entrypoint, ports
     * or volumes from outside. The container is removed when it ends, or after {@code timeout}.
     */
    public ContainerOutput runScript(String image, String script, Duration timeout) {
        String name = newName();
        List<String> run = new ArrayList<>(List.of("run", "--name", name));
        run.addAll(labels());
        run.addAll(List.of("--network", "host", "--user", "0", "--entrypoint", "sh", image, "-c", script));
        try {
            Output output = runAttached(name, run, timeout);
            if (engineUnreachable(output.stderr())) {
                throw failure("docker run " + image, output);
            }
            return new ContainerOutput(output.exitCode(), output.stdout(), output.stderr());
        } finally {
            remove(name);
        }
    }

    /**
     * Runs {@code run} in a throwaway container, labelled {@value #LABEL} and removed when it ends or after
     * {@code timeout} (then {@link ContainerOutput#timedOut()}).
     */
    public ContainerOutput run(ContainerRun run, Duration timeout) {
        String name = newName();
        try {
            Output output = runAttached(name, runArguments(name, run), timeout);
            if (engineUnreachable(output.stderr())) {
                throw failure("docker run " + run.image(), output);
            }
            return new ContainerOutput(output.exitCode(), output.stdout(), output.stderr(), output.timedOut());
        } finally {
            remove(name);
        }
    }

    /** {@code docker run} of {@code run} in a container named {@code name}, labelled, kept when it ends (no --rm). */
    private List<String> runArguments(String name, ContainerRun run) {
        List<String> arguments = new ArrayList<>(List.of("run", "--name", name));
        arguments.addAll(labels());
        arguments.addAll(run.options());
        arguments.add(run.image());
        arguments.addAll(run.command());
        return arguments;
    }

    /**
     * {@code docker run} ({@code arguments}, attached and without {@code --rm}: the container {@code name} stays until
     * removed) and what it printed. When the attached streams brought nothing back, what the engine's log of the
     * container holds instead: on a remote engine a {@code docker run} of a command that prints once came back empty
     * (2 runs in about 620, never on the local engine), and the log driver keeps what the container wrote whatever
     * became of the attached streams. A command that prints nothing costs one {@code docker logs} more.
     */
    private Output runAttached(String name, List<String> arguments, Duration timeout) {
        Output output = docker(timeout, arguments);
        if (output.timedOut() || !output.stdout().isEmpty() || !output.stderr().isEmpty()) {
            return output;
        }
        Output logs = docker(QUICK, List.of("logs", name));
        return logs.exitCode() == 0 ? new Output(output.exitCode(), logs.stdout(), logs.stderr()) : output;
    }



    /**
     * Runs {@code run} like {@link #run} and commits what it left as a new image, labelled {@value #LABEL}
     * (remove it with {@link #removeImage}); the container is removed.
     *
     * @return the new image's ID
     */
    public String runAndCommit(ContainerRun run, Duration timeout) {
        String name = newName();
        try {
            Output output = docker(timeout, runArguments(name, run));
            if (output.exitCode() != 0) {
                throw failure("docker run " + run.image() + " " + String.join(" ", run.command()), output);
            }
            Output commit = docker(QUICK, List.of("commit", name));
            if (commit.exitCode() != 0) {
                throw failure("docker commit", commit);
            }
            return commit.stdout().strip();
        } finally {
            remove(name);
        }
    }

    /**
     * Removes the containers, running or not, that carry every one of {@code labels} ({@code key=value}), with their
     * anonymous volumes, and returns their names: what a module that failed between {@code docker:start} and
     * {@code docker:stop} left. None is nothing to do.
     */
    public List<String> removeContainers(List<String> labels) {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("no label: every container of the engine would match");
        }
        List<String> list = new ArrayList<>(List.of("ps", "--all", "--format", "{{.Names}}"));
        for (String label : labels) {
            list.addAll(List.of("--filter", "label=" + label));
        }
        Output listed = docker(QUICK, list);
        if (listed.exitCode() != 0) {
            throw new EngineException("docker ps failed: " + listed.stderr().strip());
        }
        List<String> names = listed.stdout().lines().map(String::strip).filter(name -> !name.isEmpty()).toList();
        if (!names.isEmpty()) {
            List<String> remove = new ArrayList<>(List.of("rm", "--force", "--volumes"));
            remove.addAll(names);
            Output removed = docker(QUICK, remove);
            if (removed.exitCode() != 0) {
                throw new EngineException("docker rm " + String.join(" ", names) + " failed: " + removed.stderr().strip());
            }
        }
        return names;
    }

    /** Removes the image {@code id} that {@link #runAndCommit} made. */
    public void removeImage(String id) {
        docker(QUICK, List.of("image", "rm", "--force", id));
    }

    /**
     * A container of {@code image} created and not started, for reading the image's files: labelled
     * {@value #LABEL}, removed when closed. Each read may take {@code timeout}.
     */
    public CreatedContainer create(String image, Duration timeout) {
        String name = newName();
        // never started: the command only has to be there for images that have neither ENTRYPOINT nor CMD
        List<String> create = new ArrayList<>(List.of("create", "--name", name));
        create.addAll(labels());
        create.addAll(List.of("--entrypoint", "", image, "dockci-never-started"));
        Output output = docker(QUICK, create);
        if (output.exitCode() != 0) {
            remove(name);
            throw failure("docker create " + image, output);
        }
        return new CreatedContainer(this, name, timeout);
    }

    <T> Optional<T> copyFrom(String container, String path, boolean followLink, Duration timeout,
            CreatedContainer.ArchiveReader<T> reader) {
        List<String> command = new ArrayList<>(List.of(program, "cp"));
        if (followLink) {
            command.add("--follow-link");
        }
        command.addAll(List.of(container + ":" + path, "-"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = start(builder);
        CompletableFuture<Void> watchdog = CompletableFuture.runAsync(process::destroyForcibly,
                CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
        try {
            process.getOutputStream().close();
            CompletableFuture<String> stderr = readOnOwnThread(process.getErrorStream());
            CountingStream archive = new CountingStream(process.getInputStream());
            T read = reader.read(archive);
            if (archive.count > 0) {
                return Optional.of(read);
            }
            process.waitFor();
            String message = stderr.join();
            if (message.contains("Could not find the file") || message.contains("No such container:path")) {
                return Optional.empty();
            }
            if (watchdog.isDone()) {
                throw new EngineException("docker cp " + container + ":" + path + " did not end within "
                        + timeout.toSeconds() + " s and was stopped");
            }
            throw failure("docker cp " + container + ":" + path, new Output(process.exitValue(), "", message));
        } catch (IOException e) {
            throw new EngineException("docker cp " + container + ":" + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while running docker cp", e);
        } finally {
            watchdog.cancel(false);
            // a reader that needed only the first entry (a directory's own) leaves the rest unread
            process.destroyForcibly();
        }
    }

    /** Counts the bytes read, so that an empty stream (no such path) can be told from an archive. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /** {@value #LABEL}, and the build's identity when it has one: the labels of every container started here. */
    private List<String> labels() {
        List<String> labels = new ArrayList<>(List.of("--label", LABEL + "=true"));
        if (!buildId.isEmpty()) {
            labels.addAll(List.of("--label", BuildId.LABEL + "=" + buildId));
        }
        return labels;
    }

    private static String newName() {
        return "dockci-check-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** Removes the container {@code name}, running or not, in one call; one that is not there is no error. */
    void remove(String name) {
        docker(QUICK, List.of("rm", "--force", "--volumes", name));
    }

    /**
     * The engine this CLI talks to and where that comes from, for messages: {@code unix:///missing.sock (DOCKER_HOST)},
     * {@code unix:///var/run/docker.sock (docker context default)}, {@code tcp://… (docker context ci, DOCKER_CONTEXT)}.
     */
    public String describe() {
        String host = environment.get("DOCKER_HOST");
        if (host != null && !host.isBlank()) {
            return host + " (DOCKER_HOST)";
        }
        String context = environment.get("DOCKER_CONTEXT");
        String from = context != null && !context.isBlank() ? ", DOCKER_CONTEXT" : "";
        Output inspect = docker(QUICK, List.of("context", "inspect", "--format",
                "{{.Name}} {{.Endpoints.docker.Host}}"));
        if (inspect.exitCode() != 0) {
            return (from.isEmpty() ? "the current docker context" : "docker context " + context + " (DOCKER_CONTEXT)")
                    + ", which the docker CLI cannot read: " + firstLine(inspect.stderr());
        }
        String[] nameAndHost = inspect.stdout().strip().split(" ", 2);
        return (nameAndHost.length > 1 ? nameAndHost[1] : "?") + " (docker context " + nameAndHost[0] + from + ")";
    }

    /**
     * Asks the engine for its version, the cheapest question it answers, and fails with where the CLI looked
     * ({@link #describe}) and what to do when nothing answers there.
     */
    public void checkReachable() {
        Output output = docker(QUICK, List.of("version", "--format", "{{.Server.Version}}"));
        if (output.exitCode() == 0 && !output.stdout().isBlank()) {
            return;
        }
        String answer = output.stderr().isBlank() ? output.stdout() : output.stderr();
        String said = lastLine(answer);
        throw new EngineException("Docker engine not reachable at " + describe() + ": " + said
                + (said.matches(".*[.?!]$") ? "" : ".") + " Start it (scripts/build-env.sh starts dockerd), or point DOCKER_HOST (or docker context use) at"
                + " an engine that runs; -Ddocker.skip builds without Docker (no image, no ITs, no push)");
    }

    private EngineException failure(String what, Output output) {
        String answer = firstLine(output.stderr().isBlank() ? output.stdout() : output.stderr());
        if (engineUnreachable(output.stderr())) {
            return new EngineException(what + ": Docker engine not reachable at " + describe() + ": " + answer);
        }
        return new EngineException(what + " failed (exit " + output.exitCode() + "): " + answer);
    }

    private static boolean engineUnreachable(String stderr) {
        return stderr.contains("Cannot connect to the Docker daemon") || stderr.contains("error during connect")
                || stderr.contains("docker daemon is not running");
    }

    /** The CLI's last line: where docker push puts the registry's answer, after its progress. */
    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().filter(line -> !line.isBlank()).toList();
        return lines.isEmpty() ? "(no message)" : lines.get(lines.size() - 1);
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("(no message)");
    }

    private record Output(int exitCode, String stdout, String stderr, boolean timedOut) {
        Output(int exitCode, String stdout, String stderr) {
            this(exitCode, stdout, stderr, false);
        }
    }

    private Output docker(Duration timeout, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = start(builder);
        try {
            process.getOutputStream().close();
            CompletableFuture<String> stdout = readOnOwnThread(process.getInputStream());
            CompletableFuture<String> stderr = readOnOwnThread(process.getErrorStream());
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return new Output(124, "", program + " " + String.join(" ", arguments.subList(0, 1))
                        + " did not end within " + timeout.toSeconds() + " s and was stopped", true);
            }
            return new Output(process.exitValue(), stdout.join(), stderr.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new EngineException("interrupted while running " + program + " " + arguments.get(0), e);
        }
    }

    private Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new EngineException("cannot run '" + program + "' (the docker CLI must be on PATH): " + e.getMessage(), e);
        }
    }

    private static CompletableFuture<String> readOnOwnThread(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> {
            Thread reader = new Thread(task, "docker-output");
            reader.setDaemon(true);
            reader.start();
        });
    }
}
