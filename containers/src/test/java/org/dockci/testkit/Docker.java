package org.dockci.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The docker CLI, as the tests use it: a command in, its output or a failure naming the command out. */
public final class Docker {

    private static final long COMMAND_TIMEOUT_SECONDS = 120;

    private Docker() {
    }

    /** Runs {@code docker args...} and returns its standard output, trimmed; fails on a non-zero exit. */
    public static String run(String... args) {
        Result result = tryRun(args);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("docker " + String.join(" ", args) + " exited with "
                    + result.exitCode() + ": " + result.stderr());
        }
        return result.stdout();
    }

    /** Runs {@code docker args...} and returns what happened, whatever the exit code. */
    public static Result tryRun(String... args) {
        return tryRun(Map.of(), "", args);
    }

    /**
     * Runs {@code docker args...} with extra environment variables (e.g. {@code DOCKER_CONFIG}) and
     * {@code stdin} as its standard input; returns what happened, whatever the exit code.
     */
    public static Result tryRun(Map<String, String> env, String stdin, String... args) {
        List<String> command = new ArrayList<>();
        command.add("docker");
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(env);
            Process process = builder.start();
            try (var input = process.getOutputStream()) {
                input.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            // stderr is drained on its own thread so that neither stream can fill up and block docker.
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readFully(process.getErrorStream()));
            String stdout = readFully(process.getInputStream());
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end within "
                        + COMMAND_TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), stdout.trim(), stderr.join().trim());
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }

    private static String readFully(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one docker command printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {
    }
}
