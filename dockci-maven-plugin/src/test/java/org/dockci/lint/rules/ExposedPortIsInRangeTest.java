package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.from;
import static org.dockci.lint.rules.RuleCheck.handBuilt;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.dockci.lint.rules.RuleCheck.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Instruction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExposedPortIsInRangeTest {

    private final ExposedPortIsInRange rule = new ExposedPortIsInRange();

    /** Docker refuses these ports, so the parser does too: the model is made by hand. */
    @ParameterizedTest
    @ValueSource(strings = {"80000", "65536/tcp", "40000-80000/tcp", "70000-70001", "99999999999999999999"})
    void portAbove65535IsReported(String port) {
        Dockerfile dockerfile = handBuilt(from(1, "debian:12", null), expose(2, port));

        assertEquals(List.of(at(2, 1)), positions(rule, dockerfile));
    }

    @ParameterizedTest
    @ValueSource(strings = {"60000", "65535", "0", "53/udp", "40000-60000/tcp", "8080/TCP"})
    void portsUpTo65535AreFine(String port) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "EXPOSE " + port));
    }

    @ParameterizedTest
    @ValueSource(strings = {"${FOOBAR}", "$PORT/tcp", "40000-${FOOBAR}"})
    void variablesAreNotChecked(String port) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "EXPOSE " + port));
    }

    @Test
    void oneFindingPerExpose() {
        Dockerfile dockerfile = handBuilt(from(1, "debian:12", null), expose(2, "80", "70000", "80000"),
                expose(3, "443"), expose(4, "100000"));

        assertEquals(List.of(at(2, 1), at(4, 1)), positions(rule, dockerfile));
    }

    private static Instruction.Expose expose(int line, String... ports) {
        return new Instruction.Expose(source(line, "EXPOSE " + String.join(" ", ports)), List.of(ports));
    }
}
