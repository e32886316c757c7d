package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvDoesNotUseItsOwnVariablesTest {

    private final EnvDoesNotUseItsOwnVariables rule = new EnvDoesNotUseItsOwnVariables();

    @ParameterizedTest
    @ValueSource(strings = {"BLA=\"blubb\" BLUBB=\"${BLA}/blubb\"", "BLA=\"blubb\" BLUBB=\"$BLA/blubb\"",
        "BLA=\"blubb\" BLUBB=\"$BLA\"", "BLA=\"blubb\" BLUBB=\"${BLA}\"", "BLA=blubb BLUBB=$BLA/$BLAFOO/blubb",
        "BLUBB=${BLA:-x} BLA=1", "PATH=/bla:${PATH} PATH=/blubb:${PATH}"})
    void variableSetAndUsedInOneEnvFires(String pairs) {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12", "ENV " + pairs));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BLA=\"blubb\" BLUBB=\"${FOOBLA}/blubb\"", "BLA=\"blubb\" BLUBB=\"${BLAFOO}/blubb\"",
        "BLA=\"blubb\" BLUBB=\"$FOOBLA/blubb\"", "BLA=\"blubb\" BLUBB=\"$BLAFOO/blubb\"",
        "BLA=\"blubb\" BLUBB=\"BLA/$BLAFOO/BLA\"", "PATH=/bla:${PATH}"})
    void otherVariablesOrOwnValueDoNotFire(String pairs) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "ENV " + pairs));
    }

    @Test
    void variableSetBeforeByEnvOrArgDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "ARG BLA", "ENV BLA=${BLA} B=$BLA",
                "ENV C blubb", "ENV C=$C/x D=$C", "ENV PATH=/bla:${PATH}", "ENV PATH=/blubb:${PATH}"));
    }

    @Test
    void separateEnvsDoNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "ENV BLA=\"blubb\"", "ENV BLUBB=\"${BLA}/blubb\""));
    }
}
