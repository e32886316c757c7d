package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelKeyIsValidTest {

    private final LabelKeyIsValid rule = new LabelKeyIsValid();

    @ParameterizedTest
    @ValueSource(strings = {"com.docker.label", "io.docker.label", "org.dockerproject.label", "invalid$character",
        ".invalid", "-invalid", "1invalid", "invalid.", "invalid..key", "invalid--key", "Upper", "\"with space\""})
    void invalidKeyFires(String key) {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12", "LABEL " + key + "=\"foo\""));
    }

    @Test
    void anInstructionFiresOnceAmongValidKeys() {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12",
                "LABEL version=1 Bad=1 \\", "  AlsoBad=2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.valid-key.label3", "validlabel", "\"org.opencontainers.image.source\"",
        "com.example/vendor_name", "a"})
    void validKeyDoesNotFire(String key) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "LABEL " + key + "=\"foo\""));
    }

    @Test
    void onbuildLabelsAreNotChecked() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "ONBUILD LABEL Bad=1"));
    }
}
