package org.dockci.dockerfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Parses a Dockerfile as Docker's (BuildKit's) parser does: directives, continuations, comments,
 * heredocs, exec and shell forms, flags. It never throws on bad input: what Docker would refuse
 * becomes a {@link SyntaxError} of the result, and parsing goes on with the next instruction.
 */
public final class DockerfileParser {

    private DockerfileParser() {
    }

    /** Parses the UTF-8 file at {@code path} (a leading byte-order mark is ignored). */
    public static Dockerfile parse(Path path) throws IOException {
        return parse(new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
    }

    /** Parses {@code content}. */
    public static Dockerfile parse(String content) {
        throw new UnsupportedOperationException("to be written");
    }
}
