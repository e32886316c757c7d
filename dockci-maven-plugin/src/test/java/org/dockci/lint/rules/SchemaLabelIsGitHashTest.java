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

class SchemaLabelIsGitHashTest {

    private final SchemaLabelIsGitHash rule =
            new SchemaLabelIsGitHash(Map.of("githash", LabelType.HASH, "other", LabelType.TEXT));

    @ParameterizedTest
    @ValueSource(strings = {"not-git-hash", "2dbfae", "2DBFAE9", "43c572f1272b6b3171dd1db9e41b7027128ce08", "g3c572f"})
    void invalidValueFires(String value) {
        List<Violation> violations = violations(rule, "FROM debian:12", "LABEL githash=\"" + value + "\"");

        assertEquals(List.of(at(2, 1)), violations.stream().map(Violation::position).toList());
        assertEquals("Label `githash` is not a valid git hash.",
                violations.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2dbfae9", "43c572f1272b6b3171dd1db9e41b7027128ce080"})
    void validValueDoesNotFire(String value) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "LABEL githash=\"" + value + "\""));
    }

    @Test
    void otherLabelsAndValuesFromVariablesAreNotJudged() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "ARG VALUE", "LABEL other=\"not-valid\"",
                "LABEL githash=$VALUE", "LABEL githash=\"${VALUE}\""));
    }

    @Test
    void labelOfAnotherTypeIsNotJudged() {
        SchemaLabelIsGitHash textOnly = new SchemaLabelIsGitHash(Map.of("githash", LabelType.TEXT));

        assertEquals(List.of(), positions(textOnly, "FROM debian:12", "LABEL githash=\"not-valid\""));
    }
}
