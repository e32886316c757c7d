package org.dockci.lint.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dockci.dockerfile.Directives;
import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.DockerfileParser;
import org.dockci.dockerfile.Flag;
import org.dockci.dockerfile.Instruction;
import org.dockci.dockerfile.Keyword;
import org.dockci.dockerfile.Position;
import org.dockci.dockerfile.Source;
import org.dockci.dockerfile.Span;
import org.dockci.lint.Rule;
import org.dockci.lint.Violation;

/** Dockerfile snippets for rule tests, parsed by the real parser, and what a rule finds in them. */
final class Snippets {

    private Snippets() {
    }

    /** The Dockerfile of {@code lines}; fails the test when Docker would refuse it, as rules only see valid files. */
    static Dockerfile parse(String... lines) {
        Dockerfile dockerfile = DockerfileParser.parse(String.join("\n", lines) + "\n");
        assertTrue(dockerfile.valid(), () -> "the snippet must be valid: " + dockerfile.errors());
        return dockerfile;
    }

    /** Where {@code rule} finds violations in the Dockerfile of {@code lines}, in order. */
    static List<Position> positions(Rule rule, String... lines) {
        return rule.check(parse(lines)).stream().map(Violation::position).toList();
    }

    /** Where {@code rule} finds violations in {@code dockerfile}, in order. */
    static List<Position> positions(Rule rule, Dockerfile dockerfile) {
        return rule.check(dockerfile).stream().map(Violation::position).toList();
    }

    /** The violations {@code rule} finds in the Dockerfile of {@code lines}. */
    static List<Violation> violations(Rule rule, String... lines) {
        return rule.check(parse(lines));
    }

    /**
     * A Dockerfile of hand-made {@code instructions}, for what the parser refuses (so the Linter never
     * shows it to a rule) but the rule must still judge right.
     */
    static Dockerfile handBuilt(Instruction... instructions) {
        return new Dockerfile(Directives.NONE, List.of(instructions), List.of(), List.of());
    }

    /** The source of an instruction written {@code text} at the start of {@code line}, with {@code flags}. */
    static Source source(int line, String text, Flag... flags) {
        Keyword keyword = Keyword.of(text.split(" ")[0]).orElseThrow();
        return new Source(keyword, keyword.name(), Span.of(line, 1, text.length()), List.of(flags), text);
    }

    /** {@code FROM image [AS name]} on {@code line}; {@code name} may be null. */
    static Instruction.From from(int line, String image, String name) {
        return new Instruction.From(source(line, "FROM " + image + (name == null ? "" : " AS " + name)), image, name);
    }

    /** {@code COPY --from=from source destination} on {@code line}. */
    static Instruction.Copy copyFrom(int line, String from, String source, String destination) {
        String text = "COPY --from=" + from + " " + source + " " + destination;
        Flag flag = new Flag("from", from, Span.of(line, 6, 12 + from.length()));
        return new Instruction.Copy(source(line, text, flag), List.of(source), destination, false, List.of());
    }

    /** Line {@code line}, column {@code column}. */
    static Position at(int line, int column) {
        return new Position(line, column);
    }
}
