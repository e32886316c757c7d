package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dockci.dockerfile.Position;
import org.junit.jupiter.api.Test;

class AptGetInstallAssumesYesTest {

    private final AptGetInstallAssumesYes rule = new AptGetInstallAssumesYes();

    private List<Position> onInstall(String options) {
        return positions(rule, "FROM debian\nRUN apt-get install " + options + " python\n");
    }

    @Test
    void installWithoutYesFires() {
        assertEquals(List.of(at(2, 5)), positions(rule, "FROM debian\nRUN apt-get install python\n"));
    }

    @Test
    void quietLevelOneIsNotEnough() {
        assertEquals(List.of(at(2, 5)), onInstall("-q"));
        assertEquals(List.of(at(2, 5)), onInstall("--quiet"));
    }

    @Test
    void installWithoutYesInAnOnbuildTriggerFires() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM debian\nONBUILD RUN apt-get install python\n"));
    }

    @Test
    void yesInAnyFormAndPositionDoesNotFire() {
        assertEquals(List.of(), onInstall("-y"));
        assertEquals(List.of(), onInstall("-yq"));
        assertEquals(List.of(), onInstall("--yes"));
        assertEquals(List.of(), onInstall("--assume-yes"));
        assertEquals(List.of(), positions(rule, "FROM debian\nRUN apt-get -y install python\n"));
    }

    @Test
    void quietLevelTwoImpliesYes() {
        assertEquals(List.of(), onInstall("-qq"));
        assertEquals(List.of(), onInstall("-q -q"));
        assertEquals(List.of(), onInstall("-q=2"));
        assertEquals(List.of(), onInstall("--quiet --quiet"));
        assertEquals(List.of(), onInstall("-qqq"));
    }

    @Test
    void aptGetWithoutInstallDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian\nRUN apt-get update && apt install python\n"));
    }
}
