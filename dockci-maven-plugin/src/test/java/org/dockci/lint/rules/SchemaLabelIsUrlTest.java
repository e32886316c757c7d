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

class SchemaLabelIsUrlTest {

    private final SchemaLabelIsUrl rule =
            new SchemaLabelIsUrl(Map.of("urllabel", LabelType.URL, "other", LabelType.TEXT));

    @ParameterizedTest
    @ValueSource(strings = {"not-url", "", "git.example.org/team/app", "http://exa mple.com"})
    void invalidValueFires(String value) {
        List<Violation> violations = violations(rule, "FROM debian:12", "LABEL urllabel=\"" + value + "\"");

        assertEquals(List.of(at(2, 1)), violations.stream().map(Violation::position).toList());
        assertEquals("Label `urllabel` is not a valid URL.",
                violations.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "https://git.example.org/team/app.git", "mailto:team@example.org",
        "urn:isbn:0451450523"})
    void validValueDoesNotFire(String value) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "LABEL urllabel=\"" + value + "\""));
    }

    @Test
    void otherLabelsAndValuesFromVariablesAreNotJudged() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "ARG VALUE", "LABEL other=\"not-valid\"",
                "LABEL urllabel=$VALUE", "LABEL urllabel=\"${VALUE}\""));
    }

    @Test
    void labelOfAnotherTypeIsNotJudged() {
        SchemaLabelIsUrl textOnly = new SchemaLabelIsUrl(Map.of("urllabel", LabelType.TEXT));

        assertEquals(List.of(), positions(textOnly, "FROM debian:12", "LABEL urllabel=\"not-valid\""));
    }
}
