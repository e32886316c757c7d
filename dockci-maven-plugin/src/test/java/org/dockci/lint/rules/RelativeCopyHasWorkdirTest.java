package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeCopyHasWorkdirTest {

    private final RelativeCopyHasWorkdir rule = new RelativeCopyHasWorkdir();

    @ParameterizedTest
    @ValueSource(strings = {"blubb.sh", "\"blubb.sh\"", "b", "app/", "."})
    void relativeDestinationWithoutWorkdirIsReported(String destination) {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12", "COPY bla.sh " + destination));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/usr/local/bin/blubb.sh", "\"/usr/local/bin/blubb.sh\"", "c:/system32/blubb.sh",
        "d:\\mypath\\blubb.sh", "\"c:\\system32\\blubb.sh\""})
    void absoluteDestinationIsFine(String destination) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "COPY bla.sh " + destination));
    }

    @ParameterizedTest
    @ValueSource(strings = {"${SRC_BASE_ENV}", "$SRC_BASE_ENV", "\"${SRC_BASE_ENV}\"", "\"$SRC_BASE_ENV\""})
    void destinationStartingWithVariableIsFine(String destination) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "COPY src.sh " + destination));
    }

    @Test
    void relativeDestinationAfterWorkdirIsFine() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "WORKDIR /usr", "COPY bla.sh blubb.sh"));
    }

    @Test
    void workdirOnlyCountsForTheCopiesAfterIt() {
        assertEquals(List.of(at(2, 1)),
                positions(rule, "FROM debian:12", "COPY a.sh b.sh", "WORKDIR /usr", "COPY c.sh d.sh"));
    }

    @Test
    void workdirOfAnUnrelatedEarlierStageIsNotInherited() {
        assertEquals(List.of(at(4, 1)), positions(rule,
                "FROM debian:buster AS stage1",
                "WORKDIR /usr",
                "FROM debian:buster",
                "COPY foo bar"));
    }

    @Test
    void stagesOfTheSameImageDoNotShareTheirWorkdir() {
        assertEquals(List.of(at(4, 1)), positions(rule,
                "FROM debian:buster",
                "WORKDIR /usr",
                "FROM debian:buster",
                "COPY foo bar"));
    }

    @Test
    void workdirOfTheStageACopyStartsFromIsInherited() {
        assertEquals(List.of(), positions(rule,
                "FROM debian:buster AS base",
                "WORKDIR /usr",
                "FROM debian:buster AS stage-inbetween",
                "RUN foo",
                "FROM base",
                "COPY foo bar"));
    }

    @Test
    void workdirIsInheritedThroughSeveralStages() {
        assertEquals(List.of(), positions(rule,
                "FROM debian:buster AS base1",
                "WORKDIR /usr",
                "FROM base1 AS base2",
                "RUN foo",
                "FROM base2",
                "COPY foo bar"));
    }

    @Test
    void onbuildAndAddAreNotChecked() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "ONBUILD COPY foo bar", "ADD foo.tar bar"));
    }
}
