package org.dockci.lint.shellcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.dockci.dockerfile.Position;

/**
 * A RUN's script as the file ShellCheck reads, and the way back from ShellCheck's line and column in it
 * to the Dockerfile. The file is two lines of header, then the script: the shebang naming the dialect
 * (as hadolint writes it, {@code #!/bin/sh}; it replaces the script's own shebang, if any), and
 * {@code export NAME=1 ...} for the variables the Dockerfile gives the script.
 */
final class ScriptFile {

    /** The shebang and the export line. */
    static final int HEADER_LINES = 2;

    /** A name the shell can export; ENV takes others (ENV a.b=1), which no script can read as a variable. */
    private static final Pattern SHELL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final RunScript script;
    private final String content;
    /** Where each line of the script's text starts. */
    private final int[] lineStarts;

    ScriptFile(RunScript script) {
        this.script = script;
        String text = script.text();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        String exports = script.variables().stream().filter(name -> SHELL_NAME.matcher(name).matches()).sorted()
                .map(name -> name + "=1").collect(Collectors.joining(" ", "export ", ""));
        String body = script.ownShebang() ? text.substring(lineEnd(0)) : "\n" + text;
        this.content = script.dialect().shebang() + "\n" + exports + body;
    }

    /** The file's text. */
    String content() {
        return content;
    }

    /**
     * Where ShellCheck's {@code line} and {@code column} of the file (both from 1; a column counts characters, a
     * tab as one, as in its json1 format) were written in the Dockerfile. The header stands for the RUN itself, or
     * the shebang it replaces; a place past the end of the script is just after its last character.
     */
    Position position(int line, int column) {
        int textLine = line - HEADER_LINES - 1 + (script.ownShebang() ? 1 : 0);
        if (line <= HEADER_LINES) {
            return script.ownShebang() ? script.position(0) : script.start();
        }
        String text = script.text();
        if (textLine >= lineStarts.length) {
            return script.position(text.length());
        }
        int start = lineStarts[textLine];
        int end = lineEnd(textLine);
        int characters = Math.max(0, Math.min(column - 1, text.codePointCount(start, end)));
        return script.position(text.offsetByCodePoints(start, characters));
    }

    /** Where line {@code index} of the script's text ends, its newline excluded. */
    private int lineEnd(int index) {
        String text = script.text();
        int newline = text.indexOf('\n', lineStarts[index]);
        return newline < 0 ? text.length() : newline;
    }
}
