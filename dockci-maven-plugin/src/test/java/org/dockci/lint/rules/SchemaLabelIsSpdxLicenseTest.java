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

class SchemaLabelIsSpdxLicenseTest {

    private final SchemaLabelIsSpdxLicense rule =
            new SchemaLabelIsSpdxLicense(Map.of("spdxlabel", LabelType.SPDX, "other", LabelType.TEXT));

    @ParameterizedTest
    @ValueSource(strings = {"not-spdx", "", "Apache 2", "MIT OR", "GPL-2.0-only WITH not-an-exception", "(MIT",
        "MIT AND (Apache-2.0"})
    void invalidValueFires(String value) {
        List<Violation> violations = violations(rule, "FROM debian:12", "LABEL spdxlabel=\"" + value + "\"");

        assertEquals(List.of(at(2, 1)), violations.stream().map(Violation::position).toList());
        assertEquals("Label `spdxlabel` is not a valid SPDX identifier.",
                violations.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"BSD-3-Clause", "Apache-2.0", "mit", "GPL-2.0+", "AGPL-3.0", "MIT OR Apache-2.0",
        "GPL-2.0-only WITH Classpath-exception-2.0", "(MIT AND BSD-2-Clause) OR Apache-2.0", "LicenseRef-acme-1.0"})
    void validValueDoesNotFire(String value) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "LABEL spdxlabel=\"" + value + "\""));
    }

    @Test
    void otherLabelsAndValuesFromVariablesAreNotJudged() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "ARG VALUE", "LABEL other=\"not-valid\"",
                "LABEL spdxlabel=$VALUE", "LABEL spdxlabel=\"${VALUE}\""));
    }

    @Test
    void labelOfAnotherTypeIsNotJudged() {
        SchemaLabelIsSpdxLicense textOnly = new SchemaLabelIsSpdxLicense(Map.of("spdxlabel", LabelType.TEXT));

        assertEquals(List.of(), positions(textOnly, "FROM debian:12", "LABEL spdxlabel=\"not-valid\""));
    }
}
