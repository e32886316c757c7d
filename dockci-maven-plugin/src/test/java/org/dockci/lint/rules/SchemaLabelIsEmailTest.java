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

class SchemaLabelIsEmailTest {

    private final SchemaLabelIsEmail rule =
            new SchemaLabelIsEmail(Map.of("maintainer", LabelType.EMAIL, "other", LabelType.TEXT));

    @ParameterizedTest
    @ValueSource(strings = {"not-email", "", "team@", "@example.org", "Team <team@example.org>", "a b@example.org",
        "team@example..org"})
    void invalidValueFires(String value) {
        List<Violation> violations = violations(rule, "FROM debian:12", "LABEL maintainer=\"" + value + "\"");

        assertEquals(List.of(at(2, 1)), violations.stream().map(Violation::position).toList());
        assertEquals("Label `maintainer` is not a valid email format - must conform to RFC5322.",
                violations.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcd@google.com", "first.last+tag@example.org", "\\\"first last\\\"@example.org",
        "team@[192.0.2.1]"})
    void validValueDoesNotFire(String value) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "LABEL maintainer=\"" + value + "\""));
    }

    @Test
    void otherLabelsAndValuesFromVariablesAreNotJudged() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "ARG VALUE", "LABEL other=\"not-valid\"",
                "LABEL maintainer=$VALUE", "LABEL maintainer=\"${VALUE}\""));
    }

    @Test
    void labelOfAnotherTypeIsNotJudged() {
        SchemaLabelIsEmail textOnly = new SchemaLabelIsEmail(Map.of("maintainer", LabelType.TEXT));

        assertEquals(List.of(), positions(textOnly, "FROM debian:12", "LABEL maintainer=\"not-valid\""));
    }
}
