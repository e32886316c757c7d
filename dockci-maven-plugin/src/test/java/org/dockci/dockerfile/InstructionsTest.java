package org.dockci.dockerfile;

import static org.dockci.dockerfile.Dockerfiles.accepted;
import static org.dockci.dockerfile.Dockerfiles.acceptedInStage;
import static org.dockci.dockerfile.Dockerfiles.assertRefused;
import static org.dockci.dockerfile.Dockerfiles.onlyError;
import static org.dockci.dockerfile.Dockerfiles.parse;
import static org.dockci.dockerfile.Dockerfiles.refusedInStage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class InstructionsTest {

    private static Instruction.KeyValue pair(String key, String value) {
        return new Instruction.KeyValue(key, value);
    }

    @Test
    void keywordsIgnoreCase() {
        List<Instruction> instructions = accepted("from scratch", "Run true", "wOrKdIr /app");
        assertEquals(List.of(Keyword.FROM, Keyword.RUN, Keyword.WORKDIR),
                instructions.stream().map(Instruction::keyword).toList());
        assertEquals("Run", instructions.get(1).source().written());
    }

    @Test
    void unknownInstructionIsAnErrorWithASuggestion() {
        assertRefused(SyntaxErrorKind.UNKNOWN_INSTRUCTION, "unknown instruction: RUNN (did you mean RUN?)",
                refusedInStage("RUNN true"));
        assertRefused(SyntaxErrorKind.UNKNOWN_INSTRUCTION, "unknown instruction: copyy (did you mean copy?)",
                refusedInStage("copyy a b"));
        assertRefused(SyntaxErrorKind.UNKNOWN_INSTRUCTION, "unknown instruction: PRINT", refusedInStage("PRINT hello"));
    }

    @Test
    void envTakesPairsWithQuotesAndEscapedBlanksAsWritten() {
        Instruction.Env env = acceptedInStage(Instruction.Env.class, "ENV A=1 B=\"two words\" C=three\\ words D=");
        assertEquals(List.of(pair("A", "1"), pair("B", "\"two words\""), pair("C", "three\\ words"), pair("D", "")),
                env.pairs());
    }

    @Test
    void legacyEnvTakesTheRestOfTheLineAsValue() {
        Instruction.Env env = acceptedInStage(Instruction.Env.class, "ENV PATH /usr/bin:/bin  and more");
        assertEquals(List.of(pair("PATH", "/usr/bin:/bin  and more")), env.pairs());
    }

    @Test
    void malformedEnvIsRefused() {
        assertRefused(SyntaxErrorKind.KEY_VALUE, "ENV must have two arguments", refusedInStage("ENV PATH"));
        assertRefused(SyntaxErrorKind.KEY_VALUE, "Syntax error - can't find = in \"B\". Must be of the form: name=value",
                refusedInStage("ENV A=1 B"));
        assertRefused(SyntaxErrorKind.KEY_VALUE, "ENV names can not be blank", refusedInStage("ENV =x"));
        assertRefused(SyntaxErrorKind.ARGUMENTS, "ENV requires at least one argument", refusedInStage("ENV"));
    }

    @Test
    void labelTakesPairsLikeEnv() {
        Instruction.Label label = acceptedInStage(Instruction.Label.class, "LABEL \"com.example.vendor\"=\"ACME\" v=1");
        assertEquals(List.of(pair("\"com.example.vendor\"", "\"ACME\""), pair("v", "1")), label.pairs());
        assertRefused(SyntaxErrorKind.KEY_VALUE, "LABEL must have two arguments", refusedInStage("LABEL alone"));
        assertRefused(SyntaxErrorKind.ARGUMENTS, "LABEL requires at least one argument", refusedInStage("LABEL"));
    }

    @Test
    void argDeclaresNamesWithOptionalDefaults() {
        Instruction.Arg arg = acceptedInStage(Instruction.Arg.class, "ARG A B=2 C=\"x y\" D=");
        assertEquals(List.of(new Instruction.ArgDeclaration("A", null), new Instruction.ArgDeclaration("B", "2"),
                new Instruction.ArgDeclaration("C", "\"x y\""), new Instruction.ArgDeclaration("D", "")),
                arg.declarations());
        assertRefused(SyntaxErrorKind.KEY_VALUE, "ARG names can not be blank", refusedInStage("ARG =1"));
        assertRefused(SyntaxErrorKind.ARGUMENTS, "ARG requires at least one argument", refusedInStage("ARG"));
    }

    @Test
    void fromTakesAnImageAndAnOptionalStageName() {
        List<Instruction> instructions = accepted("FROM alpine:3.19 AS build", "FROM build as Final", "FROM scratch");
        Instruction.From first = (Instruction.From) instructions.get(0);
        assertEquals("alpine:3.19", first.image());
        assertEquals("build", first.stageName());
        assertEquals("Final", ((Instruction.From) instructions.get(1)).stageName());
        assertNull(((Instruction.From) instructions.get(2)).stageName());
    }

    @Test
    void fromWithTwoOrFourArgumentsIsRefused() {
        assertRefused(SyntaxErrorKind.FROM, "FROM requires either one or three arguments",
                onlyError(parse("FROM alpine AS")));
        assertRefused(SyntaxErrorKind.FROM, "FROM requires either one or three arguments",
                onlyError(parse("FROM alpine AS a b")));
        assertRefused(SyntaxErrorKind.FROM, "FROM requires either one or three arguments",
                onlyError(parse("FROM alpine FOR build")));
        assertRefused(SyntaxErrorKind.FROM, "FROM requires either one or three arguments", onlyError(parse("FROM")));
    }

    @Test
    void stageNameMustStartWithALetterAndHoldNoSymbol() {
        assertRefused(SyntaxErrorKind.FROM,
                "invalid name for build stage: \"1st\", name can't start with a number or contain symbols",
                onlyError(parse("FROM alpine AS 1st")));
        assertRefused(SyntaxErrorKind.FROM,
                "invalid name for build stage: \"a$b\", name can't start with a number or contain symbols",
                onlyError(parse("FROM alpine AS a$b")));
        accepted("FROM alpine AS Build-1.x_y");
    }

    @Test
    void repeatedStageNameIsAcceptedAsBuildKitDoes() {
        accepted("FROM alpine AS build", "FROM alpine AS Build");
        accepted("FROM alpine AS build", "FROM alpine AS test");
    }

    @Test
    void instructionsTakingOneArgumentRefuseNone() {
        for (String keyword : List.of("USER", "WORKDIR", "STOPSIGNAL", "MAINTAINER")) {
            assertRefused(SyntaxErrorKind.ARGUMENTS, keyword + " requires exactly one argument", refusedInStage(keyword));
        }
    }

    @Test
    void instructionsTakingOneArgumentKeepTheWholeRest() {
        assertEquals("/my app", acceptedInStage(Instruction.Workdir.class, "WORKDIR /my app").path());
        assertEquals("app:app", acceptedInStage(Instruction.User.class, "USER app:app").user());
        assertEquals("Jane Doe <jane@example.com>",
                acceptedInStage(Instruction.Maintainer.class, "MAINTAINER Jane Doe <jane@example.com>").name());
    }

    @Test
    void instructionsTakingSomeArgumentsRefuseNone() {
        for (String keyword : List.of("EXPOSE", "VOLUME", "ONBUILD", "HEALTHCHECK")) {
            assertRefused(SyntaxErrorKind.ARGUMENTS, keyword + " requires at least one argument", refusedInStage(keyword));
        }
    }

    @Test
    void copyAndAddNeedADestination() {
        assertRefused(SyntaxErrorKind.ARGUMENTS, "COPY requires at least two arguments, but only one was provided. "
                + "Destination could not be determined", refusedInStage("COPY onlyone"));
        assertRefused(SyntaxErrorKind.ARGUMENTS, "ADD requires at least two arguments, but only one was provided. "
                + "Destination could not be determined", refusedInStage("ADD"));
    }

    @Test
    void commandsMayBeEmpty() {
        assertEquals("", acceptedInStage(Instruction.Run.class, "RUN").command().shell());
        assertEquals("", acceptedInStage(Instruction.Cmd.class, "CMD").command().shell());
    }

    @Test
    void exposeKeepsPortsAsWritten() {
        assertEquals(List.of("80", "443/tcp", "53/UDP"),
                acceptedInStage(Instruction.Expose.class, "EXPOSE 80 443/tcp 53/UDP").ports());
    }

    @Test
    void onbuildWrapsItsTrigger() {
        Instruction.OnBuild onBuild = acceptedInStage(Instruction.OnBuild.class, "ONBUILD COPY --chown=1 . /app");
        Instruction.Copy trigger = assertInstanceOf(Instruction.Copy.class, onBuild.trigger());
        assertEquals(List.of("."), trigger.sources());
        assertEquals("COPY --chown=1 . /app", trigger.source().text());
        assertEquals(Span.of(2, 14, 22), trigger.source().flags().get(0).span());
    }

    @Test
    void onbuildCannotTriggerOnbuildFromOrMaintainer() {
        assertRefused(SyntaxErrorKind.ONBUILD, "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
                refusedInStage("ONBUILD ONBUILD RUN true"));
        assertRefused(SyntaxErrorKind.ONBUILD, "FROM isn't allowed as an ONBUILD trigger",
                refusedInStage("ONBUILD from alpine"));
        assertRefused(SyntaxErrorKind.ONBUILD, "MAINTAINER isn't allowed as an ONBUILD trigger",
                refusedInStage("ONBUILD MAINTAINER me"));
    }

    @Test
    void onbuildTriggerDockerOnlyChecksInChildBuildsIsAccepted() {
        assertNull(acceptedInStage(Instruction.OnBuild.class, "ONBUILD COPY onlyone").trigger());
        assertNull(acceptedInStage(Instruction.OnBuild.class, "ONBUILD NOSUCH thing").trigger());
    }

    @Test
    void onbuildTriggerParserErrorsAreErrorsOfTheFile() {
        assertRefused(SyntaxErrorKind.KEY_VALUE, "ENV must have two arguments", refusedInStage("ONBUILD ENV A"));
    }

    @Test
    void healthcheckNoneTakesNothingElse() {
        assertNull(acceptedInStage(Instruction.Healthcheck.class, "HEALTHCHECK none").command());
        assertRefused(SyntaxErrorKind.HEALTHCHECK, "HEALTHCHECK NONE takes no arguments",
                refusedInStage("HEALTHCHECK NONE now"));
    }

    @Test
    void healthcheckNeedsCmdAndACommand() {
        assertRefused(SyntaxErrorKind.HEALTHCHECK, "Unknown type \"RUN\" in HEALTHCHECK (try CMD)",
                refusedInStage("HEALTHCHECK run true"));
        assertRefused(SyntaxErrorKind.HEALTHCHECK, "Missing command after HEALTHCHECK CMD",
                refusedInStage("HEALTHCHECK CMD"));
    }

    @Test
    void healthcheckDurationsAreGoDurationsOfAtLeastOneMillisecond() {
        acceptedInStage(Instruction.Healthcheck.class, "HEALTHCHECK --interval=1m30s --timeout=0 --start-period=1.5s CMD true");
        assertRefused(SyntaxErrorKind.HEALTHCHECK, "time: invalid duration \"soon\"",
                refusedInStage("HEALTHCHECK --interval=soon CMD true"));
        assertRefused(SyntaxErrorKind.HEALTHCHECK, "time: missing unit in duration \"30\"",
                refusedInStage("HEALTHCHECK --timeout=30 CMD true"));
        assertRefused(SyntaxErrorKind.HEALTHCHECK, "time: unknown unit \"d\" in duration \"1d\"",
                refusedInStage("HEALTHCHECK --start-period=1d CMD true"));
        assertRefused(SyntaxErrorKind.HEALTHCHECK, "Interval \"interval\" cannot be less than 1ms",
                refusedInStage("HEALTHCHECK --interval=500us CMD true"));
    }

    @Test
    void healthcheckRetriesIsANonNegativeNumber() {
        assertRefused(SyntaxErrorKind.HEALTHCHECK, "strconv.ParseInt: parsing \"three\": invalid syntax",
                refusedInStage("HEALTHCHECK --retries=three CMD true"));
        assertRefused(SyntaxErrorKind.HEALTHCHECK, "--retries cannot be negative (-1)",
                refusedInStage("HEALTHCHECK --retries=-1 CMD true"));
    }
}
