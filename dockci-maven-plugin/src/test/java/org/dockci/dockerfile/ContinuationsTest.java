package org.dockci.dockerfile;

import static org.dockci.dockerfile.Dockerfiles.accepted;
import static org.dockci.dockerfile.Dockerfiles.acceptedInStage;
import static org.dockci.dockerfile.Dockerfiles.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ContinuationsTest {

    private static Span span(int fromLine, int fromColumn, int toLine, int toColumn) {
        return new Span(new Position(fromLine, fromColumn), new Position(toLine, toColumn));
    }

    @Test
    void escapeAtLineEndJoinsTheNextLine() {
        Instruction.Run run = acceptedInStage(Instruction.Run.class, "RUN apt-get update \\", "  && apt-get clean");
        assertEquals("apt-get update   && apt-get clean", run.command().shell());
        assertEquals("RUN apt-get update   && apt-get clean", run.source().text());
        assertEquals(span(2, 1, 3, 18), run.source().span());
    }

    @Test
    void blanksAfterTheEscapeStillContinue() {
        Instruction.Run run = acceptedInStage(Instruction.Run.class, "RUN a \\ \t", "b");
        assertEquals("a b", run.command().shell());
    }

    @Test
    void escapedEscapeAtLineEndDoesNotContinue() {
        List<Instruction> instructions = accepted("FROM scratch", "RUN echo a\\\\", "RUN echo b");
        assertEquals(3, instructions.size());
        assertEquals("echo a\\\\", ((Instruction.Run) instructions.get(1)).command().shell());
    }

    @Test
    void escapeAloneOnALineContinues() {
        Instruction.Run run = acceptedInStage(Instruction.Run.class, "RUN a \\", "\\", "b");
        assertEquals("a b", run.command().shell());
    }

    @Test
    void continuationAtEndOfFileEndsTheInstruction() {
        Dockerfile dockerfile = DockerfileParser.parse("FROM scratch\nRUN echo a \\");
        assertEquals(List.of(), dockerfile.errors());
        Instruction.Run run = (Instruction.Run) dockerfile.instructions().get(1);
        assertEquals("echo a", run.command().shell());
        assertEquals(span(2, 1, 2, 10), run.source().span());
    }

    @Test
    void commentLinesInsideAContinuationAreDroppedButKept() {
        Dockerfile dockerfile = parse("FROM scratch", "RUN a \\", "  # explain b", "#explain c", "  b \\", "  c");
        assertEquals(List.of(), dockerfile.errors());
        assertEquals("a   b   c", ((Instruction.Run) dockerfile.instructions().get(1)).command().shell());
        assertEquals(List.of(new Comment(3, "explain b"), new Comment(4, "explain c")), dockerfile.comments());
        assertEquals(span(2, 1, 6, 3), dockerfile.instructions().get(1).source().span());
    }

    @Test
    void blankLinesInsideAContinuationAreDropped() {
        List<Instruction> instructions = accepted("FROM scratch", "RUN a \\", "", "   ", "b");
        assertEquals(2, instructions.size());
        assertEquals("a b", ((Instruction.Run) instructions.get(1)).command().shell());
    }

    @Test
    void blankLineAfterAContinuationDoesNotEndTheInstruction() {
        List<Instruction> instructions = accepted("FROM scratch", "RUN a \\", "", "RUN b");
        assertEquals(2, instructions.size());
        assertEquals("a RUN b", ((Instruction.Run) instructions.get(1)).command().shell());
    }

    @Test
    void hashInsideALineIsNoComment() {
        Dockerfile dockerfile = parse("FROM scratch", "RUN echo a # not a comment");
        assertEquals(List.of(), dockerfile.comments());
        assertEquals("echo a # not a comment", ((Instruction.Run) dockerfile.instructions().get(1)).command().shell());
    }

    @Test
    void indentedHashLineIsAComment() {
        Dockerfile dockerfile = parse("FROM scratch", "   # indented");
        assertEquals(List.of(new Comment(2, "indented")), dockerfile.comments());
        assertEquals(1, dockerfile.instructions().size());
    }

    @Test
    void indentedInstructionStartsWhereItsKeywordIs() {
        Instruction.Run run = acceptedInStage(Instruction.Run.class, "    RUN true   ");
        assertEquals(span(2, 5, 2, 12), run.source().span());
    }

    @Test
    void carriageReturnsEndingLinesAreIgnored() {
        Dockerfile dockerfile = DockerfileParser.parse("FROM scratch\r\nRUN a \\\r\n  b\r\n");
        assertEquals(List.of(), dockerfile.errors());
        Instruction.Run run = (Instruction.Run) dockerfile.instructions().get(1);
        assertEquals("a   b", run.command().shell());
        assertEquals(span(2, 1, 3, 3), run.source().span());
    }

    @Test
    void byteOrderMarkIsIgnored() {
        Dockerfile dockerfile = DockerfileParser.parse("\uFEFFFROM scratch\n");
        assertEquals(List.of(), dockerfile.errors());
        assertEquals(span(1, 1, 1, 12), dockerfile.instructions().get(0).source().span());
    }

    @Test
    void columnsCountCharactersNotUtf16Units() {
        Instruction.Label label = acceptedInStage(Instruction.Label.class, "LABEL emoji=\uD83D\uDE00 x=y");
        assertEquals(span(2, 1, 2, 17), label.source().span());
    }

    @Test
    void backtickContinuesWhenItIsTheEscape() {
        List<Instruction> instructions = accepted("# escape=`", "FROM scratch", "RUN a `", "b \\");
        assertEquals("a b \\", ((Instruction.Run) instructions.get(1)).command().shell());
    }
}
