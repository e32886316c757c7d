package org.dockci.lint.shellcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dockci.dockerfile.Position;
import org.junit.jupiter.api.Test;

/** The file ShellCheck reads for a RUN, and the way back from its lines and columns to the Dockerfile's. */
class ScriptFileTest {

    private static ScriptFile file(String... lines) {
        List<RunScript> scripts = RunScripts.of(RunScriptsTest.parse(lines));
        assertEquals(1, scripts.size());
        return new ScriptFile(scripts.get(0));
    }

    @Test
    void fileIsTheShebangTheVariablesThenTheScript() {
        ScriptFile file = file("FROM debian:12", "ENV APP=1 a.b=2", "RUN echo \"$APP\"");

        assertEquals("#!/bin/sh\nexport APP=1 FTP_PROXY=1 HTTPS_PROXY=1 HTTP_PROXY=1 NO_PROXY=1 ftp_proxy=1"
                + " http_proxy=1 https_proxy=1 no_proxy=1\necho \"$APP\"", file.content());
    }

    @Test
    void columnOfAContinuedRunIsThatOfTheLineItWasWrittenOn() {
        ScriptFile file = file("FROM debian:12",
                "RUN apt-get update \\",
                " && echo $HOME \\",
                "    # a comment Docker drops",
                "\t&& ls $PWD");
        String script = file.content().lines().skip(ScriptFile.HEADER_LINES).findFirst().orElseThrow();
        assertEquals("apt-get update  && echo $HOME \t&& ls $PWD", script);

        assertEquals(new Position(3, 10), file.position(3, script.indexOf("$HOME") + 1));
        // ShellCheck's json1 counts a tab as one column, as the Dockerfile's positions do
        assertEquals(new Position(5, 8), file.position(3, script.indexOf("$PWD") + 1));
    }

    @Test
    void columnsCountCharactersNotBytesOrUtf16Units() {
        ScriptFile file = file("FROM debian:12", "RUN echo \"h\u00e9llo \uD83D\uDE00\" \\", " && echo $HOME");
        // é is one character, the emoji one more: ShellCheck counts code points
        String script = "echo \"h\u00e9llo \uD83D\uDE00\"  && echo $HOME";
        int column = script.codePointCount(0, script.indexOf("$HOME")) + 1;

        assertEquals(new Position(3, 10), file.position(3, column));
    }

    @Test
    void headerStandsForTheRunAndThePastTheEndForItsLastCharacter() {
        ScriptFile file = file("FROM debian:12", "", "RUN echo \"open \\", "  quote");

        assertEquals(new Position(3, 1), file.position(1, 1));
        assertEquals(new Position(3, 1), file.position(2, 40));
        assertEquals(new Position(4, 8), file.position(4, 1), "the end of the script: after `quote`");
        assertEquals(new Position(4, 8), file.position(3, 999));
    }

    @Test
    void heredocLinesAreTheDockerfilesLinesAndAnOwnShebangIsReplacedByTheDialects() {
        ScriptFile file = file("FROM debian:12", "RUN <<EOF", "#!/usr/bin/env bash", "set -e", "  echo $RANDOM",
                "EOF");

        assertTrue(file.content().startsWith("#!/bin/bash\nexport "), file.content());
        assertEquals(List.of("set -e", "  echo $RANDOM"), file.content().lines().skip(ScriptFile.HEADER_LINES).toList());
        assertEquals(new Position(4, 1), file.position(3, 1));
        assertEquals(new Position(5, 8), file.position(4, 8));
        assertEquals(new Position(3, 1), file.position(1, 1), "the shebang line is the heredoc's");
    }
}
