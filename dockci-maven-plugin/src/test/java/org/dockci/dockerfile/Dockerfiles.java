package org.dockci.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Parses small Dockerfiles written line by line, and picks out what the tests look at. */
final class Dockerfiles {

    private Dockerfiles() {
    }

    /** Parses the lines joined by newlines. */
    static Dockerfile parse(String... lines) {
        return DockerfileParser.parse(String.join("\n", lines) + "\n");
    }

    /** Parses the lines, asserts Docker accepts them, and returns the instructions. */
    static List<Instruction> accepted(String... lines) {
        Dockerfile dockerfile = parse(lines);
        assertEquals(List.of(), dockerfile.errors(), "errors of " + String.join("\\n", lines));
        return dockerfile.instructions();
    }

    /** Parses {@code FROM scratch} followed by {@code line}, asserts it is accepted, and returns its instruction. */
    static <T extends Instruction> T acceptedInStage(Class<T> type, String... lines) {
        List<Instruction> instructions = accepted(prepend(lines));
        assertEquals(2, instructions.size(), "instructions of " + String.join("\\n", lines));
        return assertInstanceOf(type, instructions.get(1));
    }

    /** Parses {@code FROM scratch} followed by {@code lines} and returns the only error. */
    static SyntaxError refusedInStage(String... lines) {
        return onlyError(parse(prepend(lines)));
    }

    /** The only error of {@code dockerfile}. */
    static SyntaxError onlyError(Dockerfile dockerfile) {
        assertEquals(1, dockerfile.errors().size(), () -> "errors: " + dockerfile.errors());
        return dockerfile.errors().get(0);
    }

    /** Asserts {@code error} has {@code kind}'s code and {@code message}. */
    static void assertRefused(SyntaxErrorKind kind, String message, SyntaxError error) {
        assertEquals(kind.code(), error.code(), () -> "code of " + error);
        assertEquals(message, error.message());
    }

    /** Asserts {@code error} has {@code kind}'s code and a message starting with {@code start}. */
    static void assertRefusedStarting(SyntaxErrorKind kind, String start, SyntaxError error) {
        assertEquals(kind.code(), error.code(), () -> "code of " + error);
        assertTrue(error.message().startsWith(start), () -> "message of " + error);
    }

    private static String[] prepend(String... lines) {
        String[] all = new String[lines.length + 1];
        all[0] = "FROM scratch";
        System.arraycopy(lines, 0, all, 1, lines.length);
        return all;
    }
}
