package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dockci.dockerfile.Position;
import org.junit.jupiter.api.Test;

class PipefailBeforePipeTest {

    private static final String PIPE = "RUN wget -O - https://some.site | wc -l > /number\n";

    private final PipefailBeforePipe rule = new PipefailBeforePipe();

    private List<Position> afterShell(String shell) {
        return positions(rule, "FROM scratch\nSHELL " + shell + "\n" + PIPE);
    }

    @Test
    void pipeWithoutPipefailFires() {
        assertEquals(List.of(at(2, 5)), positions(rule, "FROM scratch\n" + PIPE));
    }

    @Test
    void commandsWithoutPipesDoNotFire() {
        assertEquals(List.of(), positions(rule, "FROM scratch\nRUN wget -O - https://some.site && wc -l f || true\n"));
    }

    @Test
    void shellWithPipefailDoesNotFire() {
        assertEquals(List.of(), afterShell("[\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]"));
        assertEquals(List.of(), afterShell("[\"/bin/bash\", \"-e\", \"-o\", \"pipefail\", \"-c\"]"));
        assertEquals(List.of(), afterShell("[\"/bin/bash\", \"-o\", \"errexit\", \"-o\", \"pipefail\", \"-c\"]"));
        assertEquals(List.of(), afterShell("[\"/bin/zsh\", \"-o\", \"pipefail\", \"-c\"]"));
        assertEquals(List.of(), afterShell("[\"/usr/bin/bash\", \"-o\", \"pipefail\", \"-c\"]"));
        assertEquals(List.of(), afterShell("[\"/bin/ash\", \"-o\", \"pipefail\", \"-c\"]"));
    }

    @Test
    void shWithPipefailOrAShellWithoutItFires() {
        assertEquals(List.of(at(3, 5)), afterShell("[\"/bin/sh\", \"-o\", \"pipefail\", \"-c\"]"));
        assertEquals(List.of(at(3, 5)), afterShell("[\"/bin/bash\", \"-c\"]"));
    }

    @Test
    void powershellAndCmdAreNotChecked() {
        assertEquals(List.of(), afterShell("[\"pwsh\", \"-c\"]"));
        assertEquals(List.of(), afterShell("[\"powershell.exe\"]"));
        assertEquals(List.of(), afterShell("[\"cmd.exe\", \"/c\"]"));
    }

    @Test
    void laterShellWithoutPipefailFires() {
        assertEquals(List.of(at(5, 5)), positions(rule, "FROM scratch\n"
                + "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n" + PIPE
                + "SHELL [\"/bin/sh\", \"-c\"]\n" + PIPE));
    }

    @Test
    void newStageStartsWithoutPipefail() {
        assertEquals(List.of(at(5, 5)), positions(rule, "FROM scratch AS build\n"
                + "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n" + PIPE + "FROM scratch AS build2\n" + PIPE));
    }

    @Test
    void stageBuiltOnAStageInheritsItsShell() {
        assertEquals(List.of(), positions(rule, "FROM debian AS base\n"
                + "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nFROM base\n" + PIPE));
    }

    @Test
    void pipefailSetInTheRunBeforeThePipeDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian\nRUN set -euo pipefail && curl -fsSL x | tar -xz\n"));
        assertEquals(List.of(at(2, 5)),
                positions(rule, "FROM debian\nRUN curl -fsSL x | tar -xz && set -o pipefail\n"));
    }

    @Test
    void onbuildTriggersAreNotChecked() {
        assertEquals(List.of(), positions(rule, "FROM debian\nONBUILD RUN curl -fsSL x | tar -xz\n"));
    }

    @Test
    void pipeOnALaterLineFiresAtTheCommandPipedFrom() {
        assertEquals(List.of(at(4, 5)), positions(rule,
                "FROM debian:bookworm",
                "RUN set -eux; \\",
                "    apt-get update; \\",
                "    wget -qO- https://example.org/key.asc \\",
                "      | gpg --dearmor > /usr/share/keyrings/example.gpg"));
    }
}
