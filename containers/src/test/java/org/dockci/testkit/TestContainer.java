package org.dockci.testkit;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A container a test starts itself from the image under test, for what the one docker:start
 * container cannot show (a stop, a restart on the same volume). Its ports are published on the build's
 * {@link ServiceUnderTest#address()} only; {@link #close()} removes it and its anonymous volumes.
 */
public final class TestContainer implements AutoCloseable {

    /** Label on everything the tests start, so that a run killed half-way can be cleaned up. */
    public static final String LABEL = "org.dockci.test=true";

    /**
     * The identity of the build running the tests ({@code org.dockci.build=<id>}, from the system property
     * {@code dockci.build.id} the build gives failsafe): the clean-up of an aborted build removes what carries
     * its own, and nothing of another build's.
     */
    public static String buildLabel() {
        return "org.dockci.build=" + System.getProperty("dockci.build.id", "unknown");
    }

    private final String id;

    private TestContainer(String id) {
        this.id = id;
    }

    /**
     * Starts the image under test with the environment of the container under test, every exposed
     * port published on the build's address, and {@code extraOptions} for {@code docker run} (e.g. a volume).
     * Its healthcheck runs every 200 ms so that {@link #awaitHealthy} does not wait for the image's
     * production interval.
     */
    public static TestContainer startLikeServiceUnderTest(String... extraOptions) {
        List<String> args = new ArrayList<>();
        for (Map.Entry<String, String> variable : ServiceUnderTest.env().entrySet()) {
            args.add("--env");
            args.add(variable.getKey() + "=" + variable.getValue());
        }
        args.addAll(List.of(extraOptions));
        return start(args.toArray(String[]::new));
    }

    /**
     * Starts the image under test with only {@code options} for {@code docker run}, every exposed port
     * published on the build's address and a healthcheck that runs every 200 ms.
     */
    public static TestContainer start(String... options) {
        List<String> args = new ArrayList<>();
        JsonNode exposed = Json.parse(Docker.run("image", "inspect", "--format", "{{json .Config.ExposedPorts}}",
                ServiceUnderTest.image()));
        for (Iterator<String> ports = exposed.fieldNames(); ports.hasNext(); ) {
            args.add("--publish");
            args.add(ServiceUnderTest.host() + "::" + ports.next()); // a free port of that address
        }
        args.addAll(List.of(options));
        return startFrom(ServiceUnderTest.image(), args.toArray(String[]::new));
    }

    /**
     * Starts {@code image} (a back end next to the container under test, say) with {@code options} for
     * {@code docker run} and nothing published unless the options say so; arguments after the image
     * go in {@code command}. Its healthcheck, if it has one, runs every 200 ms.
     */
    public static TestContainer startFrom(String image, String[] options, String... command) {
        List<String> args = new ArrayList<>(List.of("run", "--detach", "--label", LABEL, "--label", buildLabel(),
                "--health-interval", "200ms"));
        args.addAll(List.of(options));
        args.add(image);
        args.addAll(List.of(command));
        return new TestContainer(Docker.run(args.toArray(String[]::new)));
    }

    /** The container's id. */
    public String id() {
        return id;
    }

    /** The host port on the build's address that Docker published for {@code containerPort}/tcp. */
    public int hostPort(int containerPort) {
        String binding = Docker.run("port", id, containerPort + "/tcp").lines().findFirst().orElseThrow();
        return Integer.parseInt(binding.substring(binding.lastIndexOf(':') + 1));
    }

    /** An http URI on the build's address for the host port of {@code containerPort} and a path starting with '/'. */
    public URI uri(int containerPort, String path) {
        return URI.create("http://" + ServiceUnderTest.host() + ":" + hostPort(containerPort) + path);
    }

    /** Waits until the image's HEALTHCHECK reports healthy; fails early, with the logs, if the container ends. */
    public void awaitHealthy(Duration timeout) {
        Await.until("container " + id + " to become healthy", timeout, () -> {
            String state = Docker.run("inspect", "--format", "{{.State.Status}} {{.State.Health.Status}}", id);
            if (state.startsWith("exited") || state.startsWith("dead")) {
                throw new AssertionError("container " + id + " ended before becoming healthy: " + state
                        + "\n" + logs());
            }
            return state.endsWith(" healthy");
        });
    }

    /** Waits until the container's main process ends by itself and returns its exit code. */
    public int awaitExit(Duration timeout) {
        Await.until("container " + id + " to end", timeout,
                () -> Docker.run("inspect", "--format", "{{.State.Status}}", id).equals("exited"));
        return Integer.parseInt(Docker.run("inspect", "--format", "{{.State.ExitCode}}", id));
    }

    /**
     * Runs {@code docker stop} with a grace period of {@code grace}: Docker sends the image's stop
     * signal, then SIGKILL when the grace period is over (exit code 137).
     */
    public Stopped stop(Duration grace) {
        long start = System.nanoTime();
        Docker.run("stop", "--time", Long.toString(grace.toSeconds()), id);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        int exitCode = Integer.parseInt(Docker.run("inspect", "--format", "{{.State.ExitCode}}", id));
        return new Stopped(exitCode, took);
    }

    /** Starts the container again after a {@link #stop}. */
    public void restart() {
        Docker.run("start", id);
    }

    /** Runs {@code command} in the running container as its image's user; returns what happened. */
    public Command.Result exec(String... command) {
        List<String> args = new ArrayList<>(List.of("exec", id));
        args.addAll(List.of(command));
        return Docker.tryRun(args.toArray(String[]::new));
    }

    /** What the container printed, standard output and error. */
    public String logs() {
        Command.Result result = Docker.tryRun("logs", id);
        return result.stdout() + "\n" + result.stderr();
    }

    /** Removes the container and its anonymous volumes, running or not. */
    @Override
    public void close() {
        Docker.tryRun("rm", "--force", "--volumes", id);
    }

    /** How a {@link #stop} ended: the main process' exit code and the time {@code docker stop} took. */
    public record Stopped(int exitCode, Duration took) {

        /** True when the process ended on the stop signal (0, or 143 for SIGTERM) and was not killed. */
        public boolean clean() {
            return exitCode == 0 || exitCode == 143;
        }
    }
}
