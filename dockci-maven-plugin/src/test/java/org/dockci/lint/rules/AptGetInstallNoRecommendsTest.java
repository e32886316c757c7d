package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class AptGetInstallNoRecommendsTest {

    private final AptGetInstallNoRecommends rule = new AptGetInstallNoRecommends();

    @Test
    void installWithRecommendsFires() {
        assertEquals(List.of(at(2, 5), at(3, 5)),
                positions(rule, "FROM debian\nRUN apt-get install python\nRUN apt-get -y install python\n"));
    }

    @Test
    void installWithRecommendsInAnOnbuildTriggerFires() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM debian\nONBUILD RUN apt-get install -y python\n"));
    }

    @Test
    void recommendsTurnedOffByFlagOrOptionDoNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian\n"
                + "RUN apt-get install --no-install-recommends python\n"
                + "RUN apt-get -o APT::Install-Recommends=false install python\n"));
    }

    @Test
    void aptGetWithoutInstallDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian\nRUN apt-get update && apt-get upgrade -y\n"));
    }
}
