package org.dockci.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A program the tests run (docker, ssh, git, a JVM): its output and exit code, or a failure naming it. */
public final class Command {

    private Command() {
    }

    /**
     * Runs {@code command} with extra environment variables and {@code stdin} as its standard input;
     * returns what happened, whatever the exit code. Fails when it does not end within {@code timeout}
     * (the process is killed).
     */
    public static Result run(Duration timeout, Map<String, String> env, byte[] stdin, List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(env);
            Process process = builder.start();
            // Both output streams are drained on their own threads so that neither can fill up and
            // block the program, and the timeout holds even when it never closes them.
            CompletableFuture<String> stdout = readOnOwnThread(process.getInputStream());
            CompletableFuture<String> stderr = readOnOwnThread(process.getErrorStream());
            try (var input = process.getOutputStream()) {
                input.write(stdin);
            } catch (IOException e) {
                // The program ended or closed its input without reading all of it: its exit code tells.
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end within "
                        + timeout.toSeconds() + " s");
            }
            return new Result(process.exitValue(), stdout.join().trim(), stderr.join().trim());
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }

    /** Runs {@code command} without input or extra environment. */
    public static Result run(Duration timeout, String... command) {
        return run(timeout, Map.of(), new byte[0], List.of(command));
    }

    private static CompletableFuture<String> readOnOwnThread(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> readFully(stream), task -> {
            Thread reader = new Thread(task, "command-output");
            reader.setDaemon(true);
            reader.start();
        });
    }

    private static String readFully(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one command printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {

        /** True when the command exited with 0. */
        public boolean succeeded() {
            return exitCode == 0;
        }
    }
}
