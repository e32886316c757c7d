package org.dockci.lint.shellcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.DockerfileParser;
import org.dockci.dockerfile.Position;
import org.junit.jupiter.api.Test;

/** Which RUN scripts ShellCheck gets, in which dialect and with which variables: hadolint's choices, and Docker's. */
class RunScriptsTest {

    static Dockerfile parse(String... lines) {
        Dockerfile dockerfile = DockerfileParser.parse(String.join("\n", lines) + "\n");
        assertTrue(dockerfile.valid(), () -> "test Dockerfile must be valid: " + dockerfile.errors());
        return dockerfile;
    }

    private static List<ShellDialect> dialects(String... lines) {
        return RunScripts.of(parse(lines)).stream().map(RunScript::dialect).toList();
    }

    @Test
    void shellIsShUnlessShellNamesAnother() {
        assertEquals(List.of(ShellDialect.SH, ShellDialect.BASH, ShellDialect.SH),
                dialects("FROM debian:12", "RUN echo a", "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
                        "RUN echo b", "SHELL [\"/bin/sh\", \"-c\"]", "RUN echo c"));
    }

    @Test
    void newStageStartsWithShUnlessItIsFromAnEarlierStage() {
        assertEquals(List.of(ShellDialect.BASH, ShellDialect.SH, ShellDialect.BASH, ShellDialect.BASH),
                dialects("FROM debian:12 AS base", "SHELL [\"/bin/bash\", \"-c\"]", "RUN echo a",
                        "FROM debian:12", "RUN echo b",
                        "FROM base AS next", "RUN echo c",
                        "FROM next", "RUN echo d"));
    }

    @Test
    void shellPragmaSetsTheShellOfTheStageOrBeforeAnyFromOfTheFile() {
        assertEquals(List.of(ShellDialect.BASH, ShellDialect.BASH),
                dialects("# hadolint shell=bash", "FROM debian:12", "RUN echo a", "FROM debian:12", "RUN echo b"));
        assertEquals(List.of(ShellDialect.SH, ShellDialect.KSH, ShellDialect.SH),
                dialects("FROM debian:12", "RUN echo a", "# dockci shell = /bin/ksh  # why", "RUN echo b",
                        "FROM debian:12", "RUN echo c"));
    }

    @Test
    void runsOfShellsShellCheckCannotCheckAreLeftOut() {
        assertEquals(List.of(), dialects("FROM mcr.microsoft.com/windows/servercore:ltsc2022",
                "SHELL [\"powershell\", \"-Command\"]", "RUN Get-Variable PSVersionTable | Select-Object Value"));
        assertEquals(List.of(), dialects("FROM windows", "# hadolint shell=powershell.exe", "RUN Get-ChildItem"));
        assertEquals(List.of(ShellDialect.SH), dialects("FROM debian:12", "SHELL [\"/bin/zsh\", \"-c\"]",
                "RUN echo zsh", "FROM debian:12", "RUN echo sh"));
    }

    @Test
    void execFormRunsNoShellAndIsLeftOut() {
        assertEquals(List.of(), dialects("FROM debian:12", "RUN [\"echo\", \"$HOME\"]"));
    }

    @Test
    void scriptKnowsTheStagesArgsAndEnvsDeclaredBeforeIt() {
        List<RunScript> scripts = RunScripts.of(parse("ARG GLOBAL=1", "FROM debian:12", "ARG VERSION",
                "ENV APP_HOME=/srv/app OTHER=1", "RUN echo a", "ENV LATER=1", "ENV legacy value"));

        assertEquals(1, scripts.size());
        assertTrue(scripts.get(0).variables().containsAll(List.of("VERSION", "APP_HOME", "OTHER", "HTTP_PROXY",
                "no_proxy")), scripts.get(0).variables()::toString);
        // a global ARG must be declared again in the stage to reach its RUNs; what comes later is not set yet
        assertFalse(scripts.get(0).variables().contains("GLOBAL"));
        assertFalse(scripts.get(0).variables().contains("LATER"));
    }

    @Test
    void stageFromAnEarlierStageKeepsItsEnvsButNotItsArgs() {
        List<RunScript> scripts = RunScripts.of(parse("FROM debian:12 AS base", "ARG BUILD_ONLY=1", "ENV KEPT=1",
                "FROM base", "RUN echo a", "FROM debian:12", "RUN echo b"));

        assertTrue(scripts.get(0).variables().contains("KEPT"));
        assertFalse(scripts.get(0).variables().contains("BUILD_ONLY"));
        assertFalse(scripts.get(1).variables().contains("KEPT"));
    }

    @Test
    void onbuildRunGetsTheImagesEnvsAndTheTriggersArgsButNotTheStagesArgs() {
        List<RunScript> scripts = RunScripts.of(parse("FROM debian:12", "ARG BUILD_ONLY=1", "ENV KEPT=1",
                "ONBUILD ARG CHILD_ARG", "ONBUILD RUN echo \"$KEPT\""));

        assertEquals(1, scripts.size());
        RunScript trigger = scripts.get(0);
        assertEquals(new Position(5, 1), trigger.start());
        assertTrue(trigger.variables().containsAll(List.of("KEPT", "CHILD_ARG")), trigger.variables()::toString);
        assertFalse(trigger.variables().contains("BUILD_ONLY"));
        assertEquals("echo \"$KEPT\"", trigger.text());
    }

    @Test
    void heredocOnlyRunIsItsBodyInTheShellItsShebangNames() {
        List<RunScript> scripts = RunScripts.of(parse("FROM debian:12", "RUN <<EOF", "#!/usr/bin/env bash",
                "echo $RANDOM", "EOF", "RUN <<EOF", "echo plain", "EOF", "RUN <<EOF", "#!/usr/bin/python3",
                "print('not a shell')", "EOF"));

        assertEquals(2, scripts.size(), "the python heredoc is no shell script");
        assertEquals(ShellDialect.BASH, scripts.get(0).dialect());
        assertTrue(scripts.get(0).ownShebang());
        assertEquals("#!/usr/bin/env bash\necho $RANDOM\n", scripts.get(0).text());
        assertEquals(ShellDialect.SH, scripts.get(1).dialect());
        assertFalse(scripts.get(1).ownShebang());
        assertEquals(new Position(7, 6), scripts.get(1).position("echo ".length()));
    }

    @Test
    void commandWithHeredocsIsTheScriptBuildKitRunsPlacedWhereEachPartWasWritten() {
        RunScript script = RunScripts.of(parse("FROM debian:12", "RUN cat <<CONF >/etc/app.conf \\",
                "  && echo done", "key=$VALUE", "CONF")).get(0);

        assertEquals("cat <<CONF >/etc/app.conf   && echo done\nkey=$VALUE\nCONF", script.text());
        assertEquals(new Position(3, 6), script.position(script.text().indexOf("echo")));
        assertEquals(new Position(4, 5), script.position(script.text().indexOf("$VALUE")));
        assertEquals(new Position(5, 1), script.position(script.text().lastIndexOf("CONF")));
    }
}
