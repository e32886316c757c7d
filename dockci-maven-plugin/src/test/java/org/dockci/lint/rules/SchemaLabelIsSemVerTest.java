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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaLabelIsSemVerTest {

    private final SchemaLabelIsSemVer rule =
            new SchemaLabelIsSemVer(Map.of("semver", LabelType.SEMVER, "other", LabelType.TEXT));

    @ParameterizedTest
    @ValueSource(strings = {"not-sem-ver", "v1.0.0", "1.0", "01.0.0", "1.0.0-", "1.0.0+"})
    void invalidValueFires(String value) {
        List<Violation> violations = violations(rule, "FROM debian:12", "LABEL semver=\"" + value + "\"");

        assertEquals(List.of(at(2, 1)), violations.stream().map(Violation::position).toList());
        assertEquals("Label `semver` does not conform to semantic versioning.",
                violations.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.0", "0.1.2", "2.0.0-rc.1", "1.0.0-alpha+build.5", "10.20.30"})
    void validValueDoesNotFire(String value) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "LABEL semver=\"" + value + "\""));
    }

    @Test
    void otherLabelsAndValuesFromVariablesAreNotJudged() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "ARG VALUE", "LABEL other=\"not-valid\"",
                "LABEL semver=$VALUE", "LABEL semver=\"${VALUE}\""));
    }

    @Test
    void labelOfAnotherTypeIsNotJudged() {
        SchemaLabelIsSemVer textOnly = new SchemaLabelIsSemVer(Map.of("semver", LabelType.TEXT));

        assertEquals(List.of(), positions(textOnly, "FROM debian:12", "LABEL semver=\"not-valid\""));
    }
}
