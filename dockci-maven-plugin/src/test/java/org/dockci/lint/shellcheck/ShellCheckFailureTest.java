package org.dockci.lint.shellcheck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.dockci.dockerfile.Dockerfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ShellCheck that crashes, hangs or talks nonsense gives a reason, not findings nor an exception. */
class ShellCheckFailureTest {

    private static final Dockerfile WITH_RUN = RunScriptsTest.parse("FROM debian:12", "RUN echo $HOME");

    @TempDir
    Path temp;

    private ShellCheck.Failed failed(String fakeBody, Duration timeout) throws Exception {
        ShellCheck.Outcome outcome = new ShellCheck(InstalledShellCheck.fake(temp, fakeBody, timeout)).check(WITH_RUN);
        return assertInstanceOf(ShellCheck.Failed.class, outcome, outcome::toString);
    }

    @Test
    void crashIsItsExitCodeAndWhatItSaid() throws Exception {
        String reason = failed("echo 'shellcheck: internal error: Prelude.head: empty list' >&2\nexit 3",
                Duration.ofSeconds(10)).reason();

        assertTrue(reason.endsWith("/shellcheck failed (exit code 3): shellcheck: internal error: Prelude.head:"
                + " empty list"), reason);
    }

    @Test
    void hangIsStoppedAtTheTimeLimitWithWhatItStarted() throws Exception {
        Path pid = temp.resolve("child.pid");
        long start = System.nanoTime();

        String reason = failed("sleep 60 &\necho $! > '" + pid + "'\nwait", Duration.ofMillis(1500)).reason();

        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertTrue(reason.endsWith("/shellcheck did not finish within 1500 ms and was stopped"), reason);
        assertTrue(seconds < 10, "took " + seconds + " s");
        Optional<ProcessHandle> child = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (child.map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertFalse(child.map(ProcessHandle::isAlive).orElse(false), "the fake's sleep still runs");
    }

    @Test
    void answerThatIsNotItsReportIsAFailure() throws Exception {
        String reason = failed("echo 'In 0.sh line 1: something'\nexit 1", Duration.ofSeconds(10)).reason();

        assertTrue(reason.contains("answered something else than its json1 report: In 0.sh line 1: something"),
                reason);
    }

    @Test
    void programThatCannotRunIsAFailure() {
        ShellCheck.Outcome outcome = new ShellCheck(new ShellCheckProgram(temp.resolve("missing/shellcheck"),
                Duration.ofSeconds(10))).check(WITH_RUN);

        String reason = assertInstanceOf(ShellCheck.Failed.class, outcome).reason();
        assertTrue(reason.contains("/missing/shellcheck could not be run"), reason);
    }

    @Test
    void programIsFoundOnThePathInOrder() throws Exception {
        Path first = InstalledShellCheck.fake(temp.resolve("first"), "exit 0", Duration.ofSeconds(1)).executable();
        InstalledShellCheck.fake(temp.resolve("second"), "exit 0", Duration.ofSeconds(1));
        Files.createDirectories(temp.resolve("empty"));

        String path = temp.resolve("empty") + ":" + temp.resolve("first") + "::" + temp.resolve("second");
        assertTrue(ShellCheckProgram.onPath(path).map(ShellCheckProgram::executable).orElseThrow().equals(first));
        assertTrue(ShellCheckProgram.onPath(temp.resolve("empty").toString()).isEmpty());
        assertTrue(ShellCheckProgram.onPath(null).isEmpty());
    }
}
