package org.dockci.lint.shellcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.lint.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real ShellCheck on RUN scripts: what it finds, where the Dockerfile shows it, in which dialect. */
class ShellCheckTest {

    @TempDir
    Path temp;

    private static List<String> findings(String... lines) {
        Dockerfile dockerfile = RunScriptsTest.parse(lines);
        ShellCheck.Outcome outcome = new ShellCheck(InstalledShellCheck.program()).check(dockerfile);
        return assertInstanceOf(ShellCheck.Checked.class, outcome, outcome::toString).findings().stream()
                .map(finding -> finding.position() + " " + finding.severity().label() + " " + finding.code())
                .toList();
    }

    @Test
    void findingPointsAtTheLineAndColumnOfAContinuedRun() {
        assertEquals(List.of("3:10 info SC2086"), findings("FROM debian:12", "RUN apt-get update \\",
                " && echo $HOME \\", " && true"));
    }

    @Test
    void messageAndSeverityAreShellChecks() {
        ShellCheck.Outcome outcome = new ShellCheck(InstalledShellCheck.program())
                .check(RunScriptsTest.parse("FROM debian:12", "RUN echo $HOME"));

        ShellCheckFinding finding = ((ShellCheck.Checked) outcome).findings().get(0);
        assertEquals("SC2086", finding.code());
        assertEquals(Severity.INFO, finding.severity());
        assertEquals("Double quote to prevent globbing and word splitting.", finding.message());
    }

    @Test
    void argsAndEnvsOfTheStageAreKnownOthersAreNot() {
        assertEquals(List.of("4:34 warning SC2154"), findings("FROM debian:12", "ARG version", "ENV app_home=/srv/app",
                "RUN echo \"$version\" \"$app_home\" \"$unset_name\" \"$http_proxy\""));
        // a new stage starts without them, as in Docker
        assertEquals(List.of("4:11 warning SC2154"), findings("FROM debian:12", "ENV app_home=/srv/app",
                "FROM debian:12", "RUN echo \"$app_home\""));
    }

    @Test
    void dialectIsShUntilShellSaysOtherwise() {
        // $RANDOM is bash's: POSIX sh has no such variable (SC3028)
        assertEquals(List.of("2:11 warning SC3028"), findings("FROM debian:12", "RUN echo \"$RANDOM\""));
        assertEquals(List.of(), findings("FROM debian:12", "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
                "RUN echo \"$RANDOM\""));
        assertEquals(List.of(), findings("FROM debian:12 AS base", "SHELL [\"/bin/bash\", \"-c\"]", "FROM base",
                "RUN echo \"$RANDOM\""));
        // ash is checked as dash, where ShellCheck calls it an error, without its remark saying so (SC2187)
        assertEquals(List.of("3:11 error SC3028"), findings("FROM alpine:3", "SHELL [\"/bin/ash\", \"-c\"]",
                "RUN echo \"$RANDOM\""));
    }

    @Test
    void heredocScriptIsCheckedInTheShellOfItsShebangAtItsOwnLines() {
        assertEquals(List.of("6:8 info SC2086"), findings("FROM debian:12", "RUN <<EOF", "#!/bin/bash", "set -eu",
                "[[ -n \"$RANDOM\" ]]", "  echo $HOME", "EOF"));
    }

    @Test
    void onbuildRunIsCheckedAtItsOwnColumns() {
        assertEquals(List.of("3:18 info SC2086"), findings("FROM debian:12", "ENV app_home=/srv/app",
                "ONBUILD RUN echo $HOME \"$app_home\""));
    }

    @Test
    void parseErrorIsAnError() {
        List<String> found = findings("FROM debian:12", "RUN if true; then echo; fi fi");

        assertTrue(found.stream().anyMatch(finding -> finding.startsWith("2:") && finding.contains(" error SC1")),
                found::toString);
    }

    @Test
    void scriptsOfAllRunsGoToOneProcess() throws Exception {
        Path calls = temp.resolve("calls.txt");
        ShellCheckProgram recording = InstalledShellCheck.fake(temp.resolve("bin"),
                "echo \"$*\" >> '" + calls + "'\nexec '" + InstalledShellCheck.program().executable() + "' \"$@\"",
                ShellCheckProgram.TIMEOUT);

        ShellCheck.Outcome outcome = new ShellCheck(recording).check(RunScriptsTest.parse("FROM debian:12",
                "RUN echo $HOME", "RUN true", "FROM debian:12", "RUN ls $PWD", "RUN [\"exec\", \"form\"]"));

        List<String> lines = Files.readAllLines(calls);
        assertEquals(1, lines.size(), lines::toString);
        assertEquals("--norc --format=json1 --exclude=SC1090,SC1091,SC2187 0.sh 1.sh 2.sh", lines.get(0));
        assertEquals(List.of("2:10", "5:8"), ((ShellCheck.Checked) outcome).findings().stream()
                .map(finding -> finding.position().toString()).toList());
    }

    @Test
    void dockerfileWithoutShellRunStartsNoProcess() throws Exception {
        ShellCheckProgram failing = InstalledShellCheck.fake(temp, "exit 9", Duration.ofSeconds(5));

        ShellCheck.Outcome outcome = new ShellCheck(failing).check(RunScriptsTest.parse("FROM debian:12",
                "RUN [\"true\"]", "CMD [\"true\"]"));

        assertEquals(new ShellCheck.Checked(List.of()), outcome);
    }
}
