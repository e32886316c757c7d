package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.dockci.lint.LabelType;
import org.junit.jupiter.api.Test;

class NoLabelOutsideSchemaTest {

    private static final Map<String, LabelType> SCHEMA = Map.of("required", LabelType.TEXT);

    private final NoLabelOutsideSchema rule = new NoLabelOutsideSchema(SCHEMA, true);

    @Test
    void labelOutsideTheSchemaFiresOncePerLabelInstruction() {
        assertEquals(List.of(at(2, 1), at(3, 1)), positions(rule, "FROM debian:12",
                "LABEL other=\"bar\"", "LABEL required=\"foo\" other=\"bar\" more=1"));
    }

    @Test
    void labelsOfTheSchemaOrNoLabelsDoNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "LABEL required=\"foo\""));
        assertEquals(List.of(), positions(rule, "FROM debian:12"));
    }

    @Test
    void withoutStrictLabelsNothingFires() {
        assertEquals(List.of(), positions(new NoLabelOutsideSchema(SCHEMA, false), "FROM debian:12",
                "LABEL other=\"bar\""));
    }
}
