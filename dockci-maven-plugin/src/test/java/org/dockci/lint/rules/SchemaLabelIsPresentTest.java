package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.dockci.lint.rules.RuleCheck.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.dockci.lint.LabelType;
import org.dockci.lint.Violation;
import org.junit.jupiter.api.Test;

class SchemaLabelIsPresentTest {

    private final SchemaLabelIsPresent rule = new SchemaLabelIsPresent(Map.of("foo", LabelType.TEXT));

    @Test
    void stageWithoutTheLabelFiresAtItsFromNamingTheLabel() {
        List<Violation> violations = violations(rule, "FROM debian:12", "LABEL bar=\"baz\"");

        assertEquals(List.of(at(1, 1)), violations.stream().map(Violation::position).toList());
        assertEquals("Label `foo` is missing.", violations.get(0).message());
    }

    @Test
    void eachMissingLabelOfTheSchemaFiresOnce() {
        SchemaLabelIsPresent twoLabels = new SchemaLabelIsPresent(Map.of("foo", LabelType.TEXT,
                "org.opencontainers.image.source", LabelType.URL));

        assertEquals(List.of("Label `foo` is missing.", "Label `org.opencontainers.image.source` is missing."),
                violations(twoLabels, "FROM debian:12").stream().map(Violation::message).toList());
    }

    @Test
    void stageWithTheLabelDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "LABEL foo=\"bar\""));
        assertEquals(List.of(), positions(rule, "FROM debian:12", "LABEL \"foo\"=bar other=1"));
    }

    @Test
    void unrelatedStagesAreJudgedEachOnItsOwn() {
        assertEquals(List.of(at(1, 1), at(3, 1)), positions(rule,
                "FROM debian:12", "LABEL bar=\"baz\"", "FROM alpine:3", "LABEL buzz=\"fuzz\""));
        assertEquals(List.of(at(3, 1)), positions(rule, "FROM debian:12", "LABEL foo=\"bar\"", "FROM alpine:3"));
        assertEquals(List.of(at(1, 1)), positions(rule, "FROM debian:12", "FROM alpine:3", "LABEL foo=\"bar\""));
    }

    @Test
    void stagesWithoutTheLabelAlongAChainFireEach() {
        assertEquals(List.of(at(1, 1), at(2, 1)), positions(rule, "FROM debian:12 AS base", "FROM base"));
    }

    @Test
    void labelOfTheStageStartedFromIsInherited() {
        assertEquals(List.of(), positions(rule, "FROM debian:12 AS base", "LABEL foo=\"bar\"", "FROM base"));
    }

    @Test
    void stageOthersStartFromIsJudgedThroughThem() {
        assertEquals(List.of(), positions(rule, "FROM debian:12 AS base", "FROM base", "LABEL foo=\"bar\""));
        assertEquals(List.of(), positions(rule, "FROM debian:12 AS base", "FROM base AS middle", "FROM middle",
                "LABEL foo=\"bar\""));
    }

    @Test
    void stageCopiedFromIsNotJudged() {
        assertEquals(List.of(), positions(rule, "FROM debian:12 AS base", "FROM alpine:3", "LABEL foo=\"bar\"",
                "COPY --from=base /bar /baz"));
        assertEquals(List.of(at(6, 1)), positions(rule, "FROM debian:12 AS base", "FROM alpine:3",
                "LABEL foo=\"bar\"", "COPY --from=0 /bar /baz", "", "FROM alpine:3", "COPY --from=base /bar /baz"));
    }

    @Test
    void onlyTheBranchThatSetsTheLabelIsCovered() {
        assertEquals(List.of(at(4, 1)), positions(rule, "FROM debian:12 AS base", "FROM base", "LABEL foo=\"bar\"",
                "FROM base"));
    }

    @Test
    void emptySchemaFindsNothing() {
        assertEquals(List.of(), positions(new SchemaLabelIsPresent(Map.of()), "FROM debian:12"));
    }
}
