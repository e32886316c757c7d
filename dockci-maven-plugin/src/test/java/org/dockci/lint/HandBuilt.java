package org.dockci.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.dockci.dockerfile.CommandLine;
import org.dockci.dockerfile.Comment;
import org.dockci.dockerfile.Directives;
import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Instruction;
import org.dockci.dockerfile.Keyword;
import org.dockci.dockerfile.Position;
import org.dockci.dockerfile.Source;
import org.dockci.dockerfile.Span;
import org.dockci.dockerfile.SyntaxError;

/** Dockerfile models and rules made by hand, so that the lint machinery is tested without the parser. */
final class HandBuilt {

    private HandBuilt() {
    }

    /** {@code FROM image} on {@code line}. */
    static Instruction.From from(int line, String image) {
        String text = "FROM " + image;
        return new Instruction.From(source(Keyword.FROM, line, line, text), image, null);
    }

    /** {@code RUN command} on {@code line}. */
    static Instruction.Run run(int line, String command) {
        return run(line, line, command);
    }

    /** {@code RUN command} from {@code line} to {@code lastLine}, continued with backslashes. */
    static Instruction.Run run(int line, int lastLine, String command) {
        return new Instruction.Run(source(Keyword.RUN, line, lastLine, "RUN " + command),
                new CommandLine(false, List.of(), command, List.of()));
    }

    /** {@code USER user} on {@code line}. */
    static Instruction.User user(int line, String user) {
        return new Instruction.User(source(Keyword.USER, line, line, "USER " + user), user);
    }

    /** The comment {@code # text} on {@code line}. */
    static Comment comment(int line, String text) {
        return new Comment(line, text);
    }

    /** A valid Dockerfile of these instructions and comments. */
    static Dockerfile dockerfile(List<Instruction> instructions, List<Comment> comments) {
        return new Dockerfile(Directives.NONE, instructions, comments, List.of());
    }

    /** A Dockerfile Docker refuses, with these instructions, comments and errors. */
    static Dockerfile withErrors(List<Instruction> instructions, List<Comment> comments, List<SyntaxError> errors) {
        return new Dockerfile(Directives.NONE, instructions, comments, errors);
    }

    private static Source source(Keyword keyword, int line, int lastLine, String text) {
        Span span = new Span(new Position(line, 1), new Position(lastLine, lastLine == line ? text.length() : 1));
        return new Source(keyword, keyword.name(), span, List.of(), text);
    }

    /** A rule that reports whatever {@code violations} finds. */
    record FakeRule(String code, Severity severity, Function<Dockerfile, List<Violation>> violations)
            implements Rule {

        /** A rule reporting every instruction of {@code keyword}, at its start. */
        static FakeRule flagging(String code, Severity severity, Keyword keyword) {
            return new FakeRule(code, severity, dockerfile -> {
                List<Violation> found = new ArrayList<>();
                for (Instruction instruction : dockerfile.instructions()) {
                    if (instruction.keyword() == keyword) {
                        found.add(Violation.at(instruction, "no " + keyword + " here"));
                    }
                }
                return found;
            });
        }

        /** A rule reporting at each of {@code positions}. */
        static FakeRule at(String code, Severity severity, Position... positions) {
            return new FakeRule(code, severity, dockerfile -> {
                List<Violation> found = new ArrayList<>();
                for (Position position : positions) {
                    found.add(new Violation(position, "found at " + position));
                }
                return found;
            });
        }

        @Override
        public String message() {
            return "what " + code + " asks for";
        }

        @Override
        public List<Violation> check(RuleInput input) {
            return violations.apply(input.dockerfile());
        }
    }
}
