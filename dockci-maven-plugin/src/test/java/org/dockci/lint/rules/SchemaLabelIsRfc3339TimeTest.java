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

class SchemaLabelIsRfc3339TimeTest {

    private final SchemaLabelIsRfc3339Time rule =
            new SchemaLabelIsRfc3339Time(Map.of("datelabel", LabelType.RFC3339, "other", LabelType.TEXT));

    @ParameterizedTest
    @ValueSource(strings = {"not-date", "2021-03-10", "2021-03-10T10:26", "2021-03-10T10:26:33",
        "2021-02-30T10:26:33Z", "2021-03-10T25:00:00Z", "10.03.2021 10:26:33"})
    void invalidValueFires(String value) {
        List<Violation> violations = violations(rule, "FROM debian:12", "LABEL datelabel=\"" + value + "\"");

        assertEquals(List.of(at(2, 1)), violations.stream().map(Violation::position).toList());
        assertEquals("Label `datelabel` is not a valid time format - must conform to RFC3339.",
                violations.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-03-10T10:26:33.564595127+01:00", "2024-03-10T10:26:33Z", "2024-03-10t10:26:33z",
        "2024-03-10 10:26:33-05:00"})
    void validValueDoesNotFire(String value) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "LABEL datelabel=\"" + value + "\""));
    }

    @Test
    void otherLabelsAndValuesFromVariablesAreNotJudged() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "ARG VALUE", "LABEL other=\"not-valid\"",
                "LABEL datelabel=$VALUE", "LABEL datelabel=\"${VALUE}\""));
    }

    @Test
    void labelOfAnotherTypeIsNotJudged() {
        SchemaLabelIsRfc3339Time textOnly = new SchemaLabelIsRfc3339Time(Map.of("datelabel", LabelType.TEXT));

        assertEquals(List.of(), positions(textOnly, "FROM debian:12", "LABEL datelabel=\"not-valid\""));
    }
}
