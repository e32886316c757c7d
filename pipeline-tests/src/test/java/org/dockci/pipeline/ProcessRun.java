package org.dockci.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command run to its end in a folder, its output (stdout and stderr together) written to a log file.
 *
 * @param command  what was run
 * @param exitCode its exit code
 * @param log      the file holding its output
 */
record ProcessRun(List<String> command, int exitCode, Path log) {

    /**
     * Runs {@code command} in {@code directory} with exactly {@code environment} as its environment; a command
     * still running after {@code timeout} is killed, with every process it started, and is an error.
     */
    static ProcessRun run(List<String> command, Path directory, Map<String, String> environment, Duration timeout,
            Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                        Path.of("/dev/null").toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new IllegalStateException(command + " did not end within " + timeout + "; output in " + log);
            }
            return new ProcessRun(List.copyOf(command), process.exitValue(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    /** Whether it exited with 0. */
    boolean succeeded() {
        return exitCode == 0;
    }

    /** Its whole output. */
    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }

    /** The end of its output, for failure messages. */
    String outputTail(int lines) {
        List<String> all = output().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
