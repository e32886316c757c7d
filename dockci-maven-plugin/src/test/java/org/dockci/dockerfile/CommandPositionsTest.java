package org.dockci.dockerfile;

import static org.dockci.dockerfile.Dockerfiles.accepted;
import static org.dockci.dockerfile.Dockerfiles.acceptedInStage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Where the characters of a shell-form command and of a heredoc body were written in the file. */
class CommandPositionsTest {

    /** Where the {@code occurrence}-th (from 0) {@code word} of {@code command} was written. */
    private static Position positionOf(CommandLine command, String word, int occurrence) {
        int offset = -1;
        for (int i = 0; i <= occurrence; i++) {
            offset = command.shell().indexOf(word, offset + 1);
        }
        return command.shellPosition(offset).orElseThrow();
    }

    @Test
    void commandOnOneLineStartsAfterTheKeywordAndFlags() {
        Instruction.Run run = acceptedInStage(Instruction.Run.class, "RUN --network=none make && make install");

        assertEquals(new Position(2, 20), positionOf(run.command(), "make", 0));
        assertEquals(new Position(2, 28), positionOf(run.command(), "make", 1));
    }

    @Test
    void continuationLinesKeepTheirLinesAndColumns() {
        Instruction.Run run = acceptedInStage(Instruction.Run.class,
                "RUN set -eux; \\",
                "    apt-get update; \\",
                "# a comment line, dropped by Docker",
                "",
                "    apt-get install -y curl; \\",
                "\\",
                "    rm -rf /var/lib/apt/lists/*");

        assertEquals(new Position(2, 5), positionOf(run.command(), "set", 0));
        assertEquals(new Position(3, 5), positionOf(run.command(), "apt-get", 0));
        assertEquals(new Position(6, 5), positionOf(run.command(), "apt-get", 1));
        assertEquals(new Position(8, 5), positionOf(run.command(), "rm", 0));
    }

    @Test
    void carriageReturnsAndTheBacktickEscapeAreLeftOut() {
        Dockerfile dockerfile = DockerfileParser.parse("# escape=`\r\nFROM scratch\r\nRUN a `\r\n  && b\r\n");
        Instruction.Run run = (Instruction.Run) dockerfile.instructions().get(1);

        assertEquals(new Position(4, 6), positionOf(run.command(), "b", 0));
    }

    @Test
    void columnsCountCharactersNotBytesOrUtf16Units() {
        Instruction.Run run = acceptedInStage(Instruction.Run.class, "RUN echo \u00e9\ud83d\ude00 && x");

        assertEquals(new Position(2, 16), positionOf(run.command(), "x", 0));
    }

    @Test
    void onbuildAndHealthcheckCommandsArePlacedInTheirLine() {
        Instruction.OnBuild onBuild = acceptedInStage(Instruction.OnBuild.class, "ONBUILD RUN a \\", "  && b");
        Instruction.Healthcheck check = acceptedInStage(Instruction.Healthcheck.class,
                "HEALTHCHECK --interval=5s CMD curl -f localhost \\", "  || exit 1");

        assertEquals(new Position(3, 6), positionOf(((Instruction.Run) onBuild.trigger()).command(), "b", 0));
        assertEquals(new Position(2, 31), positionOf(check.command(), "curl", 0));
        assertEquals(new Position(3, 6), positionOf(check.command(), "exit", 0));
    }

    @Test
    void execFormAndHandMadeCommandsHaveNoPositions() {
        Instruction.Run exec = acceptedInStage(Instruction.Run.class, "RUN [\"make\", \"install\"]");

        assertEquals(Optional.empty(), exec.command().shellPosition(0));
        assertEquals(Optional.empty(), new CommandLine(false, List.of(), "make", List.of())
                .shellPosition(0));
    }

    @Test
    void heredocBodyPositionsCountFromItsFirstLine() {
        Instruction.Run run = (Instruction.Run) accepted("FROM scratch", "RUN <<EOF", "set -e", "  make \\",
                "    install", "EOF").get(1);
        Heredoc body = run.command().heredocs().get(0);

        assertEquals(new Position(3, 1), body.contentPosition(0));
        assertEquals(new Position(4, 3), body.contentPosition(body.content().indexOf("make")));
        assertEquals(new Position(5, 5), body.contentPosition(body.content().indexOf("install")));
    }

    @Test
    void heredocWithTabsStrippedGivesColumnOne() {
        Instruction.Run run = (Instruction.Run) accepted("FROM scratch", "RUN <<-EOF", "\t\tmake", "\tEOF").get(1);
        Heredoc body = run.command().heredocs().get(0);

        assertEquals(new Position(3, 1), body.contentPosition(body.content().indexOf("make")));
    }
}
