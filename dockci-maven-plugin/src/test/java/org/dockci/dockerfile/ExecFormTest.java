package org.dockci.dockerfile;

import static org.dockci.dockerfile.Dockerfiles.acceptedInStage;
import static org.dockci.dockerfile.Dockerfiles.assertRefused;
import static org.dockci.dockerfile.Dockerfiles.refusedInStage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExecFormTest {

    private static CommandLine cmd(String line) {
        return acceptedInStage(Instruction.Cmd.class, line).command();
    }

    private static void assertShellForm(String arguments) {
        CommandLine command = cmd("CMD " + arguments);
        assertFalse(command.execForm(), arguments);
        assertEquals(arguments, command.shell());
        assertEquals(List.of(), command.arguments());
    }

    @Test
    void jsonArrayOfStringsIsExecForm() {
        CommandLine command = cmd("CMD [\"nginx\", \"-g\", \"daemon off;\"]");
        assertTrue(command.execForm());
        assertEquals(List.of("nginx", "-g", "daemon off;"), command.arguments());
        assertNull(command.shell());
    }

    @Test
    void jsonEscapesAreDecoded() {
        CommandLine command = cmd("CMD [\"a\\\"b\", \"\\u00e9\\/\\t\"]");
        assertEquals(List.of("a\"b", "\u00e9/\t"), command.arguments());
    }

    @Test
    void emptyJsonArrayIsExecForm() {
        CommandLine command = cmd("CMD []");
        assertTrue(command.execForm());
        assertEquals(List.of(), command.arguments());
    }

    @Test
    void textIsShellForm() {
        assertShellForm("nginx -g 'daemon off;'");
    }

    @Test
    void malformedJsonFallsBackToShellForm() {
        assertShellForm("['single', 'quotes']");
        assertShellForm("[\"unterminated\"");
        assertShellForm("[\"trailing\", ]");
        assertShellForm("[\"a\"] extra");
        assertShellForm("[\"unterminated string]");
        assertShellForm("[\"control\tcharacter\"]");
    }

    @Test
    void numberTooLargeForGoFallsBackToShellForm() {
        assertShellForm("[\"a\", 1e999]");
    }

    @Test
    void jsonArrayWithOtherValuesIsAnError() {
        assertRefused(SyntaxErrorKind.JSON, "when using JSON array syntax, arrays must be comprised of strings only",
                refusedInStage("CMD [\"echo\", 1]"));
        assertRefused(SyntaxErrorKind.JSON, "when using JSON array syntax, arrays must be comprised of strings only",
                refusedInStage("RUN [\"echo\", [\"nested\"]]"));
        assertRefused(SyntaxErrorKind.JSON, "when using JSON array syntax, arrays must be comprised of strings only",
                refusedInStage("ENTRYPOINT [null]"));
    }

    @Test
    void runAndEntrypointHaveBothForms() {
        assertTrue(acceptedInStage(Instruction.Run.class, "RUN [\"make\"]").command().execForm());
        assertFalse(acceptedInStage(Instruction.Entrypoint.class, "ENTRYPOINT exec make").command().execForm());
    }

    @Test
    void healthcheckCommandHasBothForms() {
        CommandLine exec = acceptedInStage(Instruction.Healthcheck.class, "HEALTHCHECK CMD [\"curl\", \"-f\", \"x\"]").command();
        assertEquals(List.of("curl", "-f", "x"), exec.arguments());
        CommandLine shell = acceptedInStage(Instruction.Healthcheck.class, "HEALTHCHECK --interval=5s CMD curl -f x || exit 1")
                .command();
        assertEquals("curl -f x || exit 1", shell.shell());
    }

    @Test
    void copyAndVolumeTakeJsonArrays() {
        Instruction.Copy copy = acceptedInStage(Instruction.Copy.class, "COPY [\"a b.txt\", \"/dest dir/\"]");
        assertEquals(List.of("a b.txt"), copy.sources());
        assertEquals("/dest dir/", copy.destination());
        assertTrue(copy.execForm());
        assertEquals(List.of("/a", "/b c"),
                acceptedInStage(Instruction.Volume.class, "VOLUME [\"/a\", \"/b c\"]").paths());
        assertEquals(List.of("/a", "/b"), acceptedInStage(Instruction.Volume.class, "VOLUME /a /b").paths());
    }

    @Test
    void malformedJsonCopySplitsAtBlanks() {
        Instruction.Copy copy = acceptedInStage(Instruction.Copy.class, "COPY [a, /b]");
        assertFalse(copy.execForm());
        assertEquals(List.of("[a,"), copy.sources());
        assertEquals("/b]", copy.destination());
    }

    @Test
    void shellTakesOnlyJson() {
        assertEquals(List.of("/bin/bash", "-c"),
                acceptedInStage(Instruction.Shell.class, "SHELL [\"/bin/bash\", \"-c\"]").shell());
        assertRefused(SyntaxErrorKind.JSON, "SHELL requires the arguments to be in JSON form",
                refusedInStage("SHELL /bin/bash -c"));
        assertRefused(SyntaxErrorKind.ARGUMENTS, "SHELL requires at least one argument", refusedInStage("SHELL []"));
    }

    @Test
    void emptyVolumeIsRefused() {
        assertRefused(SyntaxErrorKind.ARGUMENTS, "VOLUME specified can not be an empty string",
                refusedInStage("VOLUME [\"/a\", \" \"]"));
        assertRefused(SyntaxErrorKind.ARGUMENTS, "VOLUME specified can not be an empty string",
                refusedInStage("VOLUME /a \"\""));
        acceptedInStage(Instruction.Volume.class, "VOLUME /a $MAYBE_EMPTY");
    }
}
