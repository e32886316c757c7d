package org.dockci.lint.shellcheck;

import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import org.dockci.dockerfile.Instruction;
import org.dockci.dockerfile.Position;

/**
 * One RUN's script as ShellCheck checks it: the instruction it belongs to (a RUN, or the ONBUILD that
 * triggers one), the shell it runs in, the variables the Dockerfile gives it (its ARGs and ENVs, Docker's
 * proxy variables), and its text, made of pieces written in different places of the Dockerfile (a line,
 * continuations joined; a heredoc's body). {@code ownShebang} is true when the text's first line is a
 * shebang that chose the dialect ({@code RUN <<EOF} with {@code #!/bin/bash}).
 */
record RunScript(Instruction instruction, ShellDialect dialect, Set<String> variables, String text,
        boolean ownShebang, List<Piece> pieces) {

    /** The characters of the text from offset {@code start} on, up to the next piece: {@code at} places each. */
    record Piece(int start, IntFunction<Position> at) {
    }

    RunScript {
        variables = Set.copyOf(variables);
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty() || pieces.get(0).start() != 0) {
            throw new IllegalArgumentException("the pieces must start at offset 0 of the text");
        }
    }

    /** Where the character at {@code offset} of the text was written; the end of the text is after its last character. */
    Position position(int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        Piece piece = pieces.get(0);
        for (Piece next : pieces) {
            if (next.start() > at) {
                break;
            }
            piece = next;
        }
        return piece.at().apply(at - piece.start());
    }

    /** Where the instruction starts: what a finding about no particular part of the script points at. */
    Position start() {
        return instruction.source().span().start();
    }
}
