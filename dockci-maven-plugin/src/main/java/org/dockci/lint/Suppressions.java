package org.dockci.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dockci.dockerfile.Comment;
import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Instruction;
import org.dockci.dockerfile.Position;

/**
 * The ignore pragmas of one Dockerfile, with hadolint's meaning; {@code dockci} may stand for
 * {@code hadolint} in each:
 * <ul>
 * <li>{@code # hadolint ignore=DL3008,DL3015} on the line right before an instruction ignores those
 * codes in that instruction, all its lines included. A comment or blank line in between, or a
 * second pragma, means the first one applies to no instruction: it is not an error, it does nothing.
 * <li>{@code # hadolint stage ignore=...} on the line right before a FROM ignores them in that stage.
 * <li>{@code # hadolint global ignore=...} anywhere ignores them in the whole file.
 * </ul>
 * As in hadolint a pragma is all or nothing: with a code it cannot read it ignores nothing
 * (see {@link IgnorePragma}).
 */
final class Suppressions {

    /** Codes ignored from line {@code from} up to, not including, line {@code to}. */
    private record LineRange(int from, int to, Set<String> codes) {
    }

    private final Set<String> global;
    private final List<LineRange> ranges;

    private Suppressions(Set<String> global, List<LineRange> ranges) {
        this.global = Set.copyOf(global);
        this.ranges = List.copyOf(ranges);
    }

    /** The pragmas in {@code dockerfile}'s comments. */
    static Suppressions of(Dockerfile dockerfile) {
        List<Instruction> instructions = dockerfile.instructions();
        Set<String> global = new HashSet<>();
        List<LineRange> ranges = new ArrayList<>();
        for (Comment comment : dockerfile.comments()) {
            Optional<IgnorePragma> pragma = IgnorePragma.parse(comment.text());
            if (pragma.isEmpty()) {
                continue;
            }
            Set<String> codes = pragma.get().codes();
            if (pragma.get().scope() == IgnorePragma.Scope.FILE) {
                global.addAll(codes);
                continue;
            }
            boolean wholeStage = pragma.get().scope() == IgnorePragma.Scope.STAGE;
            int next = startingOn(instructions, comment.line() + 1);
            if (next >= 0 && (!wholeStage || instructions.get(next) instanceof Instruction.From)) {
                int from = instructions.get(next).line();
                ranges.add(new LineRange(from, lineAfter(instructions, next, wholeStage), codes));
            }
        }
        return new Suppressions(global, ranges);
    }

    /** True when {@code code} is ignored in the whole file. */
    boolean ignoresEverywhere(String code) {
        return global.contains(code);
    }

    /** True when a finding of {@code code} at {@code position} is ignored. */
    boolean ignores(String code, Position position) {
        if (global.contains(code)) {
            return true;
        }
        for (LineRange range : ranges) {
            if (range.from() <= position.line() && position.line() < range.to() && range.codes().contains(code)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the instruction that starts on {@code line}, or -1. */
    private static int startingOn(List<Instruction> instructions, int line) {
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).line() == line) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The line where what instruction {@code index} covers ends, excluded: the next instruction's
     * (the next FROM's for a whole stage). Lines up to there, heredoc bodies and continuations
     * included, belong to the instruction.
     */
    private static int lineAfter(List<Instruction> instructions, int index, boolean wholeStage) {
        for (int i = index + 1; i < instructions.size(); i++) {
            if (!wholeStage || instructions.get(i) instanceof Instruction.From) {
                return instructions.get(i).line();
            }
        }
        return Integer.MAX_VALUE;
    }
}
