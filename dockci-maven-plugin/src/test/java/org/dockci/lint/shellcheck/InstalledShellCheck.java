package org.dockci.lint.shellcheck;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code shellcheck} program the tests run, the one on the PATH ({@code scripts/build-env.sh} installs
 * Debian's). Without it a test is skipped on a developer's machine, and fails when {@code CI=true}: CI must not
 * pass for ShellCheck tests that did not run. Fake programs, for what ShellCheck does when it breaks, are
 * shell scripts written by the test.
 */
public final class InstalledShellCheck {

    private InstalledShellCheck() {
    }

    /** The installed ShellCheck, with the default time limit. */
    public static ShellCheckProgram program() {
        Optional<ShellCheckProgram> found = ShellCheckProgram.onPath();
        if (found.isEmpty()) {
            String why = "no shellcheck program on the PATH (scripts/build-env.sh installs Debian's shellcheck)";
            if ("true".equals(System.getenv("CI"))) {
                fail(why + ", and CI=true: the ShellCheck tests must run on CI");
            }
            assumeTrue(false, why);
        }
        return found.get();
    }

    /** A fake {@code shellcheck} in {@code folder}: a {@code sh} script of {@code body}, allowed {@code timeout}. */
    public static ShellCheckProgram fake(Path folder, String body, Duration timeout) throws IOException {
        Path script = Files.writeString(Files.createDirectories(folder).resolve("shellcheck"), "#!/bin/sh\n" + body
                + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new ShellCheckProgram(script, timeout);
    }
}
