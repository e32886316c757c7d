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

class SchemaLabelIsNotEmptyTest {

    private final SchemaLabelIsNotEmpty rule =
            new SchemaLabelIsNotEmpty(Map.of("emptylabel", LabelType.TEXT, "url", LabelType.URL));

    @Test
    void emptyLabelOfTheSchemaFiresWithHadolintsMessage() {
        List<Violation> violations = violations(rule, "FROM debian:12", "LABEL emptylabel=\"\"", "LABEL url=");

        assertEquals(List.of(at(2, 1), at(3, 1)), violations.stream().map(Violation::position).toList());
        assertEquals("label `emptylabel` is empty.", violations.get(0).message());
    }

    @Test
    void filledLabelsOtherLabelsAndVariablesDoNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "ARG VALUE", "LABEL emptylabel=\"foo\"",
                "LABEL other=\"\"", "LABEL emptylabel=$VALUE"));
    }
}
