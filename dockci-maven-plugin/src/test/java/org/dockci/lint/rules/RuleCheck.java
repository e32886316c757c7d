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
import org.dockci.lint.RuleInput;

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
        return rule.check(new RuleInput(parse(text))).stream().map(Violation::position).toList();
    }

    /** Where {@code rule} fires on the Dockerfile of these lines, in the order it reports. */
    static List<Position> positions(Rule rule, String firstLine, String... moreLines) {
        return positions(rule, lines(firstLine, moreLines));
    }

    /**
     * The lines where {@code rule} fires on the Dockerfile of these lines, in the order it reports: for
     * tests of many one-line commands, where the column is where each command puts its culprit.
     */
    static List<Integer> lines(Rule rule, String firstLine, String... moreLines) {
        return positions(rule, firstLine, moreLines).stream().map(Position::line).toList();
    }

    /** Where {@code rule} fires on {@code dockerfile}, in the order it reports. */
    static List<Position> positions(Rule rule, Dockerfile dockerfile) {
        return rule.check(new RuleInput(dockerfile)).stream().map(Violation::position).toList();
    }

    /** What {@code rule} reports on the Dockerfile of these lines. */
    static List<Violation> violations(Rule rule, String firstLine, String... moreLines) {
        return rule.check(new RuleInput(parse(lines(firstLine, moreLines))));
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

    /** The position {@code line:column}. */
    static Position at(int line, int column) {
        return new Position(line, column);
    }

    /** The text of a file of these lines, each ended by a newline. */
    private static String lines(String firstLine, String... moreLines) {
        StringBuilder text = new StringBuilder(firstLine).append('\n');
        for (String line : moreLines) {
            text.append(line).append('\n');
        }
        return text.toString();
    }
}
