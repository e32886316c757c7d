package org.dockci.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** git, the command line Jenkins uses, run on one repository; a failing command is an error with its output. */
record GitCommand(Path directory) {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    /** Runs {@code git args...} in the repository and returns its output, trimmed. */
    String run(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=dockci e2e",
                "-c", "user.email=e2e@dockci.invalid", "-c", "advice.detachedHead=false"));
        command.addAll(List.of(args));
        CommandOutput run = CommandOutput.of(command, directory, TIMEOUT);
        if (!run.succeeded()) {
            throw new IllegalStateException(String.join(" ", command) + " in " + directory + " failed:\n" + run.output());
        }
        return run.output().strip();
    }

    /** Every ref of the repository with its commit, as {@code git show-ref} lists them (tags peeled). */
    List<String> refs() {
        return run("show-ref", "--dereference").lines().sorted().toList();
    }
}
