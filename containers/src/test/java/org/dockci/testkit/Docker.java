package org.dockci.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The docker CLI, as the tests use it: a command in, its output or a failure naming the command out. */
public final class Docker {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

    private Docker() {
    }

    /** Runs {@code docker args...} and returns its standard output, trimmed; fails on a non-zero exit. */
    public static String run(String... args) {
        Command.Result result = tryRun(args);
        if (!result.succeeded()) {
            throw new IllegalStateException("docker " + String.join(" ", args) + " exited with "
                    + result.exitCode() + ": " + result.stderr());
        }
        return result.stdout();
    }

    /** Runs {@code docker args...} and returns what happened, whatever the exit code. */
    public static Command.Result tryRun(String... args) {
        return tryRun(Map.of(), "", args);
    }

    /**
     * Runs {@code docker args...} with extra environment variables (e.g. {@code DOCKER_CONFIG}) and
     * {@code stdin} as its standard input; returns what happened, whatever the exit code.
     */
    public static Command.Result tryRun(Map<String, String> env, String stdin, String... args) {
        List<String> command = new ArrayList<>();
        command.add("docker");
        command.addAll(List.of(args));
        return Command.run(COMMAND_TIMEOUT, env, stdin.getBytes(StandardCharsets.UTF_8), command);
    }
}
