package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.from;
import static org.dockci.lint.rules.RuleCheck.handBuilt;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.dockci.lint.rules.RuleCheck.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dockci.dockerfile.Instruction;
import org.junit.jupiter.api.Test;

class FromIsFirstTest {

    private final FromIsFirst rule = new FromIsFirst();

    private static Instruction.Label label(int line) {
        return new Instruction.Label(source(line, "LABEL foo=bar"), List.of(new Instruction.KeyValue("foo", "bar")));
    }

    private static Instruction.Arg arg(int line) {
        return new Instruction.Arg(source(line, "ARG A=B"), List.of(new Instruction.ArgDeclaration("A", "B")));
    }

    @Test
    void eachInstructionBeforeTheFirstFromFires() {
        // Docker's parser refuses these (DC1001): only a hand-built model can hold them
        assertEquals(List.of(at(1, 1), at(3, 1)),
                positions(rule, handBuilt(label(1), arg(2), label(3), from(4, "debian:12", null), label(5))));
    }

    @Test
    void argsAndDirectivesBeforeFromDoNotFire() {
        assertEquals(List.of(), positions(rule, "# syntax=docker/dockerfile:1", "ARG A=B", "FROM debian:12",
                "ARG C", "LABEL foo=bar"));
    }
}
