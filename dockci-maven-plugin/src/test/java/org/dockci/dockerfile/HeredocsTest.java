package org.dockci.dockerfile;

import static org.dockci.dockerfile.Dockerfiles.accepted;
import static org.dockci.dockerfile.Dockerfiles.acceptedInStage;
import static org.dockci.dockerfile.Dockerfiles.assertRefused;
import static org.dockci.dockerfile.Dockerfiles.onlyError;
import static org.dockci.dockerfile.Dockerfiles.parse;
import static org.dockci.dockerfile.Dockerfiles.refusedInStage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class HeredocsTest {

    private static Span span(int fromLine, int fromColumn, int toLine, int toColumn) {
        return new Span(new Position(fromLine, fromColumn), new Position(toLine, toColumn));
    }

    @Test
    void runHeredocBodyRunsUpToTheDelimiterLine() {
        Instruction.Run run = acceptedInStage(Instruction.Run.class, "RUN <<EOF", "apt-get update", "# not a comment",
                "EOF");
        Heredoc heredoc = run.command().heredocs().get(0);
        assertEquals(new Heredoc("EOF", "apt-get update\n# not a comment\n", true, false, span(3, 1, 5, 3)), heredoc);
        assertEquals("<<EOF", run.command().shell());
        assertEquals(span(2, 1, 5, 3), run.source().span());
    }

    @Test
    void bodyLinesAreNeitherInstructionsNorComments() {
        Dockerfile dockerfile = parse("FROM scratch", "RUN <<EOF", "FROM nothing", "# hello", "EOF", "USER me");
        assertEquals(List.of(), dockerfile.errors());
        assertEquals(List.of(), dockerfile.comments());
        assertEquals(3, dockerfile.instructions().size());
        assertEquals(6, dockerfile.instructions().get(2).line());
    }

    @Test
    void dashHeredocStripsLeadingTabsFromBodyAndDelimiter() {
        Instruction.Run run = acceptedInStage(Instruction.Run.class, "RUN <<-EOF", "\t\techo a", "\t  echo b", "\tEOF");
        Heredoc heredoc = run.command().heredocs().get(0);
        assertEquals("echo a\n  echo b\n", heredoc.content());
        assertTrue(heredoc.chomp());
    }

    @Test
    void plainHeredocKeepsTabsAndNeedsTheDelimiterAtColumnOne() {
        Instruction.Run run = acceptedInStage(Instruction.Run.class, "RUN <<EOF", "\techo a", "\tEOF", "EOF");
        assertEquals("\techo a\n\tEOF\n", run.command().heredocs().get(0).content());
    }

    @Test
    void quotedDelimiterIsNotExpanded() {
        Instruction.Run single = acceptedInStage(Instruction.Run.class, "RUN <<'EOF'", "echo $HOME", "EOF");
        Instruction.Run dbl = acceptedInStage(Instruction.Run.class, "RUN <<\"EOF\"", "echo $HOME", "EOF");
        Instruction.Run partly = acceptedInStage(Instruction.Run.class, "RUN <<E\"O\"F", "echo $HOME", "EOF");
        Instruction.Run plain = acceptedInStage(Instruction.Run.class, "RUN <<EOF", "echo $HOME", "EOF");
        assertFalse(single.command().heredocs().get(0).expand());
        assertFalse(dbl.command().heredocs().get(0).expand());
        assertEquals("EOF", partly.command().heredocs().get(0).name());
        assertFalse(partly.command().heredocs().get(0).expand());
        assertTrue(plain.command().heredocs().get(0).expand());
    }

    @Test
    void severalHeredocsOnOneLineAreReadInOrder() {
        Instruction.Copy copy = acceptedInStage(Instruction.Copy.class, "COPY <<A <<B /dest/", "one", "A", "two", "B");
        assertEquals(List.of(), copy.sources());
        assertEquals("/dest/", copy.destination());
        assertEquals(List.of(new Heredoc("A", "one\n", true, false, span(3, 1, 4, 1)),
                new Heredoc("B", "two\n", true, false, span(5, 1, 6, 1))), copy.heredocs());
        assertEquals(span(2, 1, 6, 1), copy.source().span());
    }

    @Test
    void heredocSourcesAreNotPaths() {
        Instruction.Copy copy = acceptedInStage(Instruction.Copy.class, "COPY file.txt <<EOF /dest/", "x", "EOF");
        assertEquals(List.of("file.txt"), copy.sources());
        assertEquals(1, copy.heredocs().size());
    }

    @Test
    void emptyBodyStartsAtTheDelimiterLine() {
        Instruction.Run run = acceptedInStage(Instruction.Run.class, "RUN <<EOF", "EOF");
        assertEquals(new Heredoc("EOF", "", true, false, span(3, 1, 3, 3)), run.command().heredocs().get(0));
    }

    @Test
    void heredocAfterAContinuationStartsAfterTheLastLine() {
        Instruction.Run run = acceptedInStage(Instruction.Run.class, "RUN <<EOF \\", "  bash", "echo hi", "EOF");
        assertEquals("<<EOF   bash", run.command().shell());
        assertEquals("echo hi\n", run.command().heredocs().get(0).content());
    }

    @Test
    void unterminatedHeredocIsAnErrorAtItsInstruction() {
        SyntaxError error = refusedInStage("RUN <<EOF", "echo a", "EO");
        assertRefused(SyntaxErrorKind.HEREDOC, "unterminated heredoc", error);
        assertEquals(new Position(2, 1), error.position());
    }

    @Test
    void heredocAsCopyDestinationIsRefused() {
        assertRefused(SyntaxErrorKind.HEREDOC, "COPY cannot accept a heredoc as a destination",
                refusedInStage("COPY a <<EOF", "x", "EOF"));
    }

    @Test
    void execFormTakesNoHeredoc() {
        List<Instruction> instructions = accepted("FROM scratch", "RUN [\"cat\", \"<<EOF\"]", "USER x");
        assertEquals(3, instructions.size());
    }

    @Test
    void quotedMarkerIsNoHeredoc() {
        List<Instruction> instructions = accepted("FROM scratch", "RUN echo \"<<EOF\"", "USER x");
        assertEquals(List.of(), ((Instruction.Run) instructions.get(1)).command().heredocs());
    }

    @Test
    void otherInstructionsTakeNoHeredoc() {
        Dockerfile dockerfile = parse("FROM scratch", "USER <<EOF", "EOF");
        assertRefused(SyntaxErrorKind.UNKNOWN_INSTRUCTION, "unknown instruction: EOF (did you mean ENV?)", onlyError(dockerfile));
    }

    @Test
    void onbuildRunReadsItsHeredoc() {
        Instruction.OnBuild onBuild = acceptedInStage(Instruction.OnBuild.class, "ONBUILD RUN <<EOF", "make", "EOF");
        Instruction.Run trigger = assertInstanceOf(Instruction.Run.class, onBuild.trigger());
        assertEquals("make\n", trigger.command().heredocs().get(0).content());
        assertEquals(span(2, 1, 4, 3), onBuild.source().span());
        assertEquals(span(2, 9, 4, 3), trigger.source().span());
    }

    @Test
    void heredocWithFileDescriptorIsRead() {
        Instruction.Run run = acceptedInStage(Instruction.Run.class, "RUN 3<<EOF cat", "x", "EOF");
        assertEquals("EOF", run.command().heredocs().get(0).name());
        assertEquals("3<<EOF cat", run.command().shell());
    }

    @Test
    void aRunOfOnlyOneHeredocMarkerRunsTheBody() {
        assertTrue(acceptedInStage(Instruction.Run.class, "RUN <<EOF", "make", "EOF").command().runsHeredoc());
        assertTrue(acceptedInStage(Instruction.Run.class, "RUN <<-\"EOF\"", "\tmake", "\tEOF").command().runsHeredoc());
        assertTrue(acceptedInStage(Instruction.Run.class, "RUN  << EOF ", "make", "EOF").command().runsHeredoc());
    }

    @Test
    void aCommandReadingAHeredocDoesNotRunTheBody() {
        assertFalse(acceptedInStage(Instruction.Run.class, "RUN cat <<EOF >/etc/x", "x", "EOF").command().runsHeredoc());
        assertFalse(acceptedInStage(Instruction.Run.class, "RUN 3<<EOF cat", "x", "EOF").command().runsHeredoc());
        assertFalse(acceptedInStage(Instruction.Run.class, "RUN <<A <<B", "a", "A", "b", "B").command().runsHeredoc());
        assertFalse(acceptedInStage(Instruction.Run.class, "RUN echo \"<<EOF\"").command().runsHeredoc());
        assertFalse(acceptedInStage(Instruction.Run.class, "RUN [\"cat\", \"<<EOF\"]").command().runsHeredoc());
    }
}
