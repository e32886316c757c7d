package org.dockci.dockerfile;

import static org.dockci.dockerfile.Dockerfiles.accepted;
import static org.dockci.dockerfile.Dockerfiles.assertRefused;
import static org.dockci.dockerfile.Dockerfiles.onlyError;
import static org.dockci.dockerfile.Dockerfiles.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DirectivesTest {

    @Test
    void noDirectiveMeansBackslashAndNoSyntax() {
        Dockerfile dockerfile = parse("FROM scratch");
        assertEquals(Directives.NONE, dockerfile.directives());
    }

    @Test
    void syntaxAndEscapeAreRead() {
        Dockerfile dockerfile = parse("# syntax=docker/dockerfile:1", "# escape=`", "FROM scratch");
        assertEquals('`', dockerfile.directives().escape());
        assertEquals("docker/dockerfile:1", dockerfile.directives().syntax());
        assertEquals(Map.of("syntax", "docker/dockerfile:1", "escape", "`"), dockerfile.directives().all());
    }

    @Test
    void directiveNamesIgnoreCaseAndSpacesAroundTheEqualsSign() {
        Dockerfile dockerfile = parse("#  ESCAPE = `", "FROM scratch");
        assertEquals('`', dockerfile.directives().escape());
    }

    @Test
    void directivesAreNotComments() {
        Dockerfile dockerfile = parse("# escape=\\", "# a comment", "FROM scratch");
        assertEquals(List.of(new Comment(2, "a comment")), dockerfile.comments());
    }

    @Test
    void commentEndsTheDirectives() {
        Dockerfile dockerfile = parse("# a comment", "# escape=`", "FROM scratch");
        assertEquals('\\', dockerfile.directives().escape());
        assertEquals(2, dockerfile.comments().size());
    }

    @Test
    void blankLineEndsTheDirectives() {
        assertEquals('\\', parse("", "# escape=`", "FROM scratch").directives().escape());
    }

    @Test
    void unknownDirectiveEndsTheDirectivesAndIsAComment() {
        Dockerfile dockerfile = parse("# foo=bar", "# escape=`", "FROM scratch");
        assertEquals('\\', dockerfile.directives().escape());
        assertEquals(new Comment(1, "foo=bar"), dockerfile.comments().get(0));
    }

    @Test
    void directiveAfterAnInstructionIsAComment() {
        Dockerfile dockerfile = parse("FROM scratch", "# escape=`");
        assertEquals('\\', dockerfile.directives().escape());
        assertEquals(List.of(new Comment(2, "escape=`")), dockerfile.comments());
    }

    @Test
    void checkDirectiveIsKnown() {
        Dockerfile dockerfile = parse("# check=skip=all", "# escape=`", "FROM scratch");
        assertEquals('`', dockerfile.directives().escape());
        assertNull(dockerfile.directives().syntax());
    }

    @Test
    void malformedCheckDirectiveIsAnError() {
        accepted("# check=skip=JSONArgsRecommended,StageNameCasing;error=true", "FROM scratch");
        assertRefused(SyntaxErrorKind.DIRECTIVE, "failed to parse check options: invalid check option \"skip\"",
                onlyError(parse("# check=skip", "FROM scratch")));
        assertRefused(SyntaxErrorKind.DIRECTIVE, "failed to parse check options: invalid check option \"warn\"",
                onlyError(parse("# check=warn=true", "FROM scratch")));
        assertRefused(SyntaxErrorKind.DIRECTIVE, "failed to parse check options: failed to parse check option "
                + "\"error=maybe\": strconv.ParseBool: parsing \"maybe\": invalid syntax",
                onlyError(parse("# check=error=maybe", "FROM scratch")));
    }

    @Test
    void repeatedDirectiveIsAnError() {
        SyntaxError error = onlyError(parse("# escape=`", "# ESCAPE=`", "FROM scratch"));
        assertRefused(SyntaxErrorKind.DIRECTIVE, "only one escape parser directive can be used", error);
        assertEquals(new Position(2, 1), error.position());
    }

    @Test
    void escapeOtherThanBackslashOrBacktickIsAnError() {
        SyntaxError error = onlyError(parse("# escape=x", "FROM scratch"));
        assertRefused(SyntaxErrorKind.DIRECTIVE, "invalid escape token 'x' does not match ` or \\", error);
        assertEquals(new Position(1, 1), error.position());
    }

    @Test
    void trailingBlankAfterEqualsIsTheEscapeValueAsForDocker() {
        assertRefused(SyntaxErrorKind.DIRECTIVE, "invalid escape token ' ' does not match ` or \\",
                onlyError(parse("# escape= ", "FROM scratch")));
    }

    @Test
    void directiveWithoutValueIsAComment() {
        Dockerfile dockerfile = parse("# escape=", "FROM scratch");
        assertEquals(List.of(), dockerfile.errors());
        assertEquals(List.of(new Comment(1, "escape=")), dockerfile.comments());
    }

    @Test
    void backtickEscapeLetsBackslashesBePaths() {
        List<Instruction> instructions = accepted("# escape=`", "FROM scratch", "WORKDIR C:\\Users\\", "COPY a `",
                "  C:\\dest\\");
        assertEquals("C:\\Users\\", ((Instruction.Workdir) instructions.get(1)).path());
        assertEquals("C:\\dest\\", ((Instruction.Copy) instructions.get(2)).destination());
    }
}
