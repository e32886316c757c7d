package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MaintainerIsNotUsedTest {

    private final MaintainerIsNotUsed rule = new MaintainerIsNotUsed();

    @Test
    void maintainerIsReported() {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM busybox:1.36", "MAINTAINER hudu@mail.com"));
    }

    @Test
    void maintainerLabelIsFine() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "LABEL maintainer=\"Lukas\""));
    }

    @Test
    void everyMaintainerIsReported() {
        assertEquals(List.of(at(2, 1), at(4, 1)),
                positions(rule, "FROM debian:12", "MAINTAINER Lukas", "FROM debian:12", "MAINTAINER Lukas"));
    }
}
