package org.dockci.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A short command's exit code and output (stdout and stderr together), kept in memory.
 *
 * @param command  what was run
 * @param exitCode its exit code
 * @param output   what it printed
 */
record CommandOutput(List<String> command, int exitCode, String output) {

    /** Runs {@code command} in {@code directory} with this process's environment. */
    static CommandOutput of(List<String> command, Path directory, Duration timeout) {
        return of(command, directory, timeout, System.getenv());
    }

    /** Runs {@code command} in {@code directory} with {@code environment} as its whole environment. */
    static CommandOutput of(List<String> command, Path directory, Duration timeout, Map<String, String> environment) {
        try {
            Path log = Files.createTempFile("dockci-command-", ".log");
            try {
                ProcessRun run = ProcessRun.run(command, directory, environment, timeout, log);
                return new CommandOutput(List.copyOf(command), run.exitCode(), run.output());
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        }
    }

    /** Whether it exited with 0. */
    boolean succeeded() {
        return exitCode == 0;
    }
}
