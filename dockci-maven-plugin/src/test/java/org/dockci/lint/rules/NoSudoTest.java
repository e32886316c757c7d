package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NoSudoTest {

    private final NoSudo rule = new NoSudo();

    @Test
    void sudoFires() {
        assertEquals(List.of(at(2, 5)), positions(rule, "FROM debian\nRUN sudo apt-get update\n"));
    }

    @Test
    void sudoLaterInAChainFires() {
        assertEquals(List.of(at(2, 23)), positions(rule, "FROM debian\nRUN apt-get update && sudo apt-get install x\n"));
    }

    @Test
    void sudoInExecFormFiresAtTheRunAndInAHeredocScriptAtItsLine() {
        assertEquals(List.of(at(2, 1), at(4, 1)),
                positions(rule, "FROM debian\nRUN [\"sudo\", \"id\"]\nRUN <<EOF\nsudo id\nEOF\n"));
    }

    @Test
    void sudoInAnOnbuildTriggerFiresAtItsCommandOnTheOnbuildLine() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM debian\nONBUILD RUN sudo apt-get update\n"));
    }

    @Test
    void installingTheSudoPackageDoesNotFire() {
        assertEquals(List.of(),
                positions(rule, "FROM debian\nRUN apt-get install -y sudo\nONBUILD RUN apt-get install sudo\n"));
    }

    @Test
    void sudoOnAContinuationLineFiresOnThatLine() {
        assertEquals(List.of(at(5, 5)), positions(rule,
                "FROM debian",
                "RUN apt-get update \\",
                "# Docker drops this comment line; the lines after it keep their numbers",
                "",
                " && sudo apt-get install -y curl"));
    }

    @Test
    void sudoIndentedInAHeredocFiresAtItsColumn() {
        assertEquals(List.of(at(4, 5)), positions(rule, "FROM debian", "RUN <<EOF", "set -e", "    sudo id", "EOF"));
    }
}
