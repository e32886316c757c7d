package org.dockci.dockerfile;

import static org.dockci.dockerfile.Dockerfiles.acceptedInStage;
import static org.dockci.dockerfile.Dockerfiles.assertRefused;
import static org.dockci.dockerfile.Dockerfiles.parse;
import static org.dockci.dockerfile.Dockerfiles.onlyError;
import static org.dockci.dockerfile.Dockerfiles.refusedInStage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FlagsTest {

    private static Span span(int line, int from, int to) {
        return Span.of(line, from, to);
    }

    @Test
    void flagsAreReadWithTheirSpans() {
        Instruction.Copy copy = acceptedInStage(Instruction.Copy.class, "COPY --from=build --link a /b");
        assertEquals(List.of(new Flag("from", "build", span(2, 6, 17)), new Flag("link", null, span(2, 19, 24))),
                copy.source().flags());
        assertEquals(List.of("a"), copy.sources());
    }

    @Test
    void flagIsFoundWithOrWithoutDashes() {
        Source source = acceptedInStage(Instruction.Copy.class, "COPY --chown=1:1 a /b").source();
        assertEquals(Optional.of("1:1"), source.flag("chown").map(Flag::value));
        assertEquals(Optional.of("1:1"), source.flag("--chown").map(Flag::value));
        assertEquals(Optional.empty(), source.flag("chmod"));
    }

    @Test
    void quotesAndEscapesAreRemovedFromFlagValues() {
        Source source = acceptedInStage(Instruction.Run.class, "RUN --mount=\"type=cache,target=/a b\" true").source();
        assertEquals("type=cache,target=/a b", source.flag("mount").orElseThrow().value());
        assertEquals(span(2, 5, 36), source.flag("mount").orElseThrow().span());
    }

    @Test
    void flagSpanFollowsAContinuation() {
        Source source = acceptedInStage(Instruction.Copy.class, "COPY \\", "  --chmod=644 \\", "  a /b").source();
        assertEquals(span(3, 3, 13), source.flag("chmod").orElseThrow().span());
    }

    @Test
    void flagsStopAtTheFirstArgument() {
        Instruction.Run run = acceptedInStage(Instruction.Run.class, "RUN echo --mount=x");
        assertEquals(List.of(), run.source().flags());
        assertEquals("echo --mount=x", run.command().shell());
    }

    @Test
    void doubleDashEndsTheFlags() {
        Instruction.Copy copy = acceptedInStage(Instruction.Copy.class, "COPY --link -- --weird-name /b");
        assertEquals(1, copy.source().flags().size());
        assertEquals(List.of("--weird-name"), copy.sources());
    }

    @Test
    void everyDocumentedFlagIsAccepted() {
        acceptedInStage(Instruction.From.class, "FROM --platform=linux/amd64 alpine AS base");
        acceptedInStage(Instruction.Run.class, "RUN --mount=type=cache,target=/root/.cache --network=none "
                + "--security=insecure true");
        acceptedInStage(Instruction.Copy.class, "COPY --from=alpine --chown=1:1 --chmod=755 --link --parents "
                + "--exclude=*.md --exclude=*.txt a /b");
        acceptedInStage(Instruction.Add.class, "ADD --chown=1 --chmod=u+x --link --checksum=sha256:"
                + "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d --keep-git-dir=true --unpack "
                + "--exclude=x https://example.com/a.tar /b");
        acceptedInStage(Instruction.Healthcheck.class, "HEALTHCHECK --interval=30s --timeout=3s --start-period=1m "
                + "--start-interval=2s --retries=3 CMD true");
    }

    @Test
    void unknownFlagIsAnError() {
        assertRefused(SyntaxErrorKind.UNKNOWN_FLAG, "unknown flag: --user", refusedInStage("COPY --user=me a /b"));
        assertRefused(SyntaxErrorKind.UNKNOWN_FLAG, "unknown flag: --boo", refusedInStage("MAINTAINER --boo joe"));
    }

    @Test
    void unknownFlagCloseToAKnownOneGetsASuggestion() {
        assertRefused(SyntaxErrorKind.UNKNOWN_FLAG, "unknown flag: --chmown (did you mean chown?)",
                refusedInStage("COPY --chmown=1 a /b"));
    }

    @Test
    void flagOfAnotherInstructionIsUnknown() {
        assertRefused(SyntaxErrorKind.UNKNOWN_FLAG, "unknown flag: --checksum", refusedInStage("COPY --checksum=x a /b"));
        assertRefused(SyntaxErrorKind.UNKNOWN_FLAG, "unknown flag: --from", refusedInStage("ADD --from=x a /b"));
        assertRefused(SyntaxErrorKind.UNKNOWN_FLAG, "unknown flag: --platform", refusedInStage("RUN --platform=x true"));
        assertRefused(SyntaxErrorKind.UNKNOWN_FLAG, "unknown flag: --link", refusedInStage("CMD --link true"));
    }

    @Test
    void repeatedFlagIsAnErrorUnlessItMayRepeat() {
        assertRefused(SyntaxErrorKind.FLAG_VALUE, "duplicate flag specified: --from",
                refusedInStage("COPY --from=a --from=b a /b"));
        acceptedInStage(Instruction.Run.class, "RUN --mount=type=cache,target=/a --mount=type=cache,target=/b true");
    }

    @Test
    void stringFlagNeedsAValue() {
        assertRefused(SyntaxErrorKind.FLAG_VALUE, "missing a value on flag: --chown", refusedInStage("COPY --chown a /b"));
        acceptedInStage(Instruction.Copy.class, "COPY --chown= a /b");
    }

    @Test
    void booleanFlagTakesNothingOrTrueOrFalse() {
        assertEquals("FALSE", acceptedInStage(Instruction.Copy.class, "COPY --link=FALSE a /b").source().flag("link")
                .orElseThrow().value());
        assertRefused(SyntaxErrorKind.FLAG_VALUE, "missing a value on flag: --link", refusedInStage("COPY --link= a /b"));
        assertRefused(SyntaxErrorKind.FLAG_VALUE, "expecting boolean value for flag --link, not: yes",
                refusedInStage("COPY --link=yes a /b"));
    }

    @Test
    void dockerIgnoresTheFlagsOfArgStopsignalAndHealthcheckNone() {
        acceptedInStage(Instruction.Arg.class, "ARG --anything x");
        acceptedInStage(Instruction.StopSignal.class, "STOPSIGNAL --anything SIGTERM");
        acceptedInStage(Instruction.Healthcheck.class, "HEALTHCHECK --anything NONE");
    }

    @Test
    void flagErrorOfAnInstructionBeforeFromComesFirst() {
        assertRefused(SyntaxErrorKind.UNKNOWN_FLAG, "unknown flag: --x", onlyError(parse("RUN --x true", "FROM scratch")));
    }
}
