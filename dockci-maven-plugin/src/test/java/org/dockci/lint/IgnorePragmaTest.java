package org.dockci.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;

import org.dockci.lint.IgnorePragma.Scope;
import org.junit.jupiter.api.Test;

class IgnorePragmaTest {

    @Test
    void instructionPragmaNamesItsCodes() {
        assertEquals(Optional.of(new IgnorePragma(Scope.INSTRUCTION, Set.of("DL3008", "DL3015"))),
                IgnorePragma.parse("hadolint ignore=DL3008, DL3015"));
    }

    @Test
    void stageAndGlobalPragmasReachFurther() {
        assertEquals(Optional.of(new IgnorePragma(Scope.STAGE, Set.of("DL3006"))),
                IgnorePragma.parse("hadolint stage ignore=DL3006"));
        assertEquals(Optional.of(new IgnorePragma(Scope.FILE, Set.of("DL3059", "SC2086"))),
                IgnorePragma.parse("dockci global ignore = DL3059,SC2086  # why"));
    }

    @Test
    void otherCommentsAndUnreadableCodesAreNoPragma() {
        assertEquals(Optional.empty(), IgnorePragma.parse("hadolint shell=powershell"));
        assertEquals(Optional.empty(), IgnorePragma.parse("install the tools"));
        assertEquals(Optional.empty(), IgnorePragma.parse("hadolint ignore=DL3008,all"));
        assertEquals(Optional.empty(), IgnorePragma.parse("hadolint ignore="));
    }
}
