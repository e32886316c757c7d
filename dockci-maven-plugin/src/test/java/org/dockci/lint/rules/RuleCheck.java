package org.dockci.lint.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.DockerfileParser;
import org.dockci.dockerfile.Position;
import org.dockci.lint.Rule;
import org.dockci.lint.Violation;

/** Runs one rule on the text of a Dockerfile, as the rule tests need it. */
final class RuleCheck {

    private RuleCheck() {
    }

    /** Parses {@code text}, which must be a Dockerfile Docker accepts: rules only ever see those. */
    static Dockerfile parse(String text) {
        Dockerfile dockerfile = DockerfileParser.parse(text);
        assertTrue(dockerfile.valid(), () -> "test Dockerfile must be valid: " + dockerfile.errors());
        return dockerfile;
    }

    /** Where {@code rule} fires on the Dockerfile {@code text}, in the order it reports. */
    static List<Position> positions(Rule rule, String text) {
        return rule.check(parse(text)).stream().map(Violation::position).toList();
    }

    /** The position {@code line:column}. */
    static Position at(int line, int column) {
        return new Position(line, column);
    }
}
