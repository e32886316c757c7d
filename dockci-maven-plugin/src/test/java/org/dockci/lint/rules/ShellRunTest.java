package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dockci.dockerfile.Instruction;
import org.dockci.dockerfile.Position;
import org.dockci.lint.RuleInput;
import org.dockci.shell.ShellScript;
import org.junit.jupiter.api.Test;

class ShellRunTest {

    /** The only RUN (or ONBUILD RUN) of {@code dockerfile}. */
    private static ShellRun onlyRun(String dockerfile) {
        List<ShellRun> runs = ShellRun.all(input(dockerfile), ShellRun.Triggers.INCLUDED);
        assertEquals(1, runs.size(), "RUNs in " + dockerfile);
        return runs.get(0);
    }

    private static RuleInput input(String dockerfile) {
        return new RuleInput(parse(dockerfile));
    }

    private static List<String> commandNames(String dockerfile) {
        return onlyRun(dockerfile).script().commandNames();
    }

    @Test
    void shellFormRunsItsCommandText() {
        assertEquals(List.of("apt-get", "apt-get", "rm"),
                commandNames("FROM debian\nRUN apt-get update && apt-get install -y curl \\\n  && rm -rf /x\n"));
    }

    @Test
    void execFormIsOneCommandWithItsArgumentsKeptWhole() {
        ShellScript script = onlyRun("FROM debian\nRUN [\"sudo\", \"a b\", \"it's\", \"x | y\"]\n").script();

        assertEquals(List.of("sudo"), script.commandNames());
        assertEquals(List.of("a b", "it's", "x | y"), script.commands().get(0).arguments());
        assertFalse(script.hasPipe());
    }

    @Test
    void heredocOnlyRunRunsTheHeredocBody() {
        assertEquals(List.of("apt-get", "apt-get"),
                commandNames("FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n"));
        assertEquals(List.of("set", "apt-get"),
                commandNames("FROM debian\nRUN <<-'EOT'\n\tset -e\n\tapt-get update\n\tEOT\n"));
    }

    @Test
    void heredocBodyWithAShellShebangIsAScript() {
        assertEquals(List.of("apt-get"), commandNames("FROM debian\nRUN <<EOF\n#!/bin/bash -e\napt-get update\nEOF\n"));
        assertEquals(List.of("apt-get"),
                commandNames("FROM debian\nRUN <<EOF\n#!/usr/bin/env sh\napt-get update\nEOF\n"));
    }

    @Test
    void heredocBodyForAnotherInterpreterIsNoShellScript() {
        assertEquals(List.of(),
                commandNames("FROM debian\nRUN <<EOF\n#!/usr/bin/env python3\nimport os\nos.system('ls')\nEOF\n"));
    }

    @Test
    void heredocFedToACommandIsDataNotCommands() {
        assertEquals(List.of("cat"),
                commandNames("FROM debian\nRUN cat <<EOF > /etc/motd\nsudo apt install x\nEOF\n"));
    }

    @Test
    void onbuildRunIsReportedAtTheOnbuild() {
        ShellRun run = onlyRun("FROM debian\nONBUILD RUN sudo true\n");

        assertTrue(run.trigger());
        assertTrue(run.instruction() instanceof Instruction.OnBuild);
        assertEquals(List.of("sudo"), run.script().commandNames());
        assertEquals(RuleCheck.at(2, 1), run.violation().position());
        assertEquals(RuleCheck.at(2, 13), run.violationAt(run.script().commands().get(0)).position());
    }

    @Test
    void commandsArePlacedWhereTheyAreWrittenExceptInExecForm() {
        ShellRun continued = onlyRun("FROM debian\nRUN --mount=type=cache,target=/root/.cache true \\\n  && make\n");
        ShellRun heredoc = onlyRun("FROM debian\nRUN <<EOF\ntrue\n  make\nEOF\n");
        ShellRun exec = onlyRun("FROM debian\nRUN [\"/bin/sh\", \"-c\", \"true && make\"]\n");

        assertEquals(List.of(RuleCheck.at(2, 44), RuleCheck.at(3, 6)), positions(continued));
        assertEquals(List.of(RuleCheck.at(3, 1), RuleCheck.at(4, 3)), positions(heredoc));
        assertEquals(List.of(RuleCheck.at(2, 1)), positions(exec));
    }

    private static List<Position> positions(ShellRun run) {
        return run.script().commands().stream().map(run::positionOf).toList();
    }

    @Test
    void triggersAreLeftOutWhenExcluded() {
        String dockerfile = "FROM debian\nRUN a\nONBUILD RUN b\nWORKDIR /x\nRUN c\n";

        assertEquals(3, ShellRun.all(input(dockerfile), ShellRun.Triggers.INCLUDED).size());
        List<ShellRun> runs = ShellRun.all(input(dockerfile), ShellRun.Triggers.EXCLUDED);
        assertEquals(List.of("a", "c"), runs.stream().map(run -> run.script().commandNames().get(0)).toList());
        assertFalse(runs.get(0).trigger());
    }

    @Test
    void otherInstructionsAreNoRun() {
        RuleInput cmd = input("FROM debian\nCMD sudo x\n");
        RuleInput onBuildCmd = input("FROM debian\nONBUILD CMD sudo x\n");
        assertTrue(ShellRun.of(cmd, cmd.dockerfile().instructions().get(1)).isEmpty());
        assertTrue(ShellRun.of(onBuildCmd, onBuildCmd.dockerfile().instructions().get(1)).isEmpty());
    }

    @Test
    void cacheAndTmpfsMountsAreFoundByTargetPart() {
        ShellRun run = onlyRun("FROM debian\n"
                + "RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n"
                + "    --mount=type=tmpfs,dst=/root/.cache/pip x\n");

        assertTrue(run.mountsCacheOrTmpfs("/var/cache/apt"));
        assertTrue(run.mountsCacheOrTmpfs(".cache/pip"));
        assertFalse(run.mountsCacheOrTmpfs("/var/lib/apt"));
    }

    @Test
    void bindSecretAndUntypedMountsAreNoCache() {
        assertFalse(onlyRun("FROM debian\nRUN --mount=target=/var/cache/apk x\n").mountsCacheOrTmpfs("/var/cache/apk"));
        assertFalse(onlyRun("FROM debian\nRUN --mount=type=bind,target=/var/cache/apk x\n")
                .mountsCacheOrTmpfs("/var/cache/apk"));
        assertFalse(onlyRun("FROM debian\nRUN --mount=type=secret,id=apk,target=/var/cache/apk x\n")
                .mountsCacheOrTmpfs("/var/cache/apk"));
    }

    @Test
    void execFormOfAShellGivesItsWords() {
        ShellScript shell = ShellRun.execForm(input("FROM debian\n"), List.of("/bin/bash", "-o", "pipefail", "-c"));

        assertEquals(List.of("/bin/bash"), shell.commandNames());
        assertTrue(shell.enablesPipefail());
    }

    @Test
    void eachRunIsParsedOnceForAllTheRulesOfAFile() {
        RuleInput input = input("FROM debian\nRUN apt-get update && apt-get install -y curl\nONBUILD RUN make\n");

        List<ShellRun> first = ShellRun.all(input, ShellRun.Triggers.INCLUDED);
        List<ShellRun> again = ShellRun.all(input, ShellRun.Triggers.INCLUDED);
        assertSame(first.get(0).script(), again.get(0).script());
        assertSame(first.get(1).script(), again.get(1).script());
        assertSame(first.get(0).script(), ShellRun.of(input, input.dockerfile().instructions().get(1)).orElseThrow()
                .script());
    }
}
