package org.dockci.dockerfile;

import static org.dockci.dockerfile.Dockerfiles.accepted;
import static org.dockci.dockerfile.Dockerfiles.acceptedInStage;
import static org.dockci.dockerfile.Dockerfiles.assertRefused;
import static org.dockci.dockerfile.Dockerfiles.assertRefusedStarting;
import static org.dockci.dockerfile.Dockerfiles.onlyError;
import static org.dockci.dockerfile.Dockerfiles.parse;
import static org.dockci.dockerfile.Dockerfiles.refusedInStage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class BuildChecksTest {

    private static final String MISSING_BRACE = "failed to process \"${A:-x\": syntax error: missing '}'";

    @Test
    void malformedSubstitutionIsRefusedWhereDockerExpands() {
        for (String line : List.of("ENV X=${A:-x", "ENV ${A:-x=1", "LABEL l=${A:-x", "ARG X=${A:-x", "WORKDIR ${A:-x",
                "USER ${A:-x", "VOLUME /a ${A:-x", "STOPSIGNAL ${A:-x", "EXPOSE ${A:-x", "COPY ${A:-x /b",
                "COPY a ${A:-x", "ADD --chown=${A:-x a /b", "COPY --chmod=${A:-x a /b", "RUN --mount=target=${A:-x true")) {
            SyntaxError error = refusedInStage(line);
            assertEquals(SyntaxErrorKind.SUBSTITUTION.code(), error.code(), line);
            assertEquals(new Position(2, 1), error.position(), line);
        }
        assertRefused(SyntaxErrorKind.SUBSTITUTION, MISSING_BRACE, refusedInStage("ENV X=${A:-x"));
    }

    @Test
    void globalArgDefaultAndFromAreExpanded() {
        assertRefused(SyntaxErrorKind.SUBSTITUTION, MISSING_BRACE, onlyError(parse("ARG X=${A:-x", "FROM scratch")));
        assertRefused(SyntaxErrorKind.SUBSTITUTION, MISSING_BRACE, onlyError(parse("FROM ${A:-x")));
        assertRefused(SyntaxErrorKind.SUBSTITUTION, MISSING_BRACE, onlyError(parse("FROM --platform=${A:-x alpine")));
    }

    @Test
    void unclosedQuoteIsRefusedWhereDockerExpands() {
        assertRefused(SyntaxErrorKind.SUBSTITUTION,
                "failed to process \"'it\\\\'s'\": unexpected end of statement while looking for matching single-quote",
                refusedInStage("ENV X='it\\'s'"));
    }

    @Test
    void wordsDockerDoesNotExpandMayHoldAnything() {
        accepted("FROM scratch", "RUN echo ${A:-x", "CMD echo \"unclosed", "ENTRYPOINT ${", "HEALTHCHECK CMD ${",
                "SHELL [\"${\"]", "MAINTAINER ${", "ARG ${NAME", "ONBUILD ENV X=${");
    }

    @Test
    void runHeredocIsLeftToTheShellButCopyHeredocIsExpanded() {
        acceptedInStage(Instruction.Run.class, "RUN <<EOF", "echo ${A:-x", "EOF");
        acceptedInStage(Instruction.Copy.class, "COPY <<'EOF' /a", "${A:-x", "EOF");
        assertRefused(SyntaxErrorKind.SUBSTITUTION, "failed to process \"${A:-x\\n\": syntax error: missing '}'",
                refusedInStage("COPY <<EOF /a", "${A:-x", "EOF"));
        acceptedInStage(Instruction.Copy.class, "COPY <<EOF /a", "it's \"fine\" ${A:-x}", "EOF");
    }

    @Test
    void requiredVariablesDependOnTheBuildAndAreNotErrors() {
        acceptedInStage(Instruction.Env.class, "ENV X=\"${UNSET:?must be set}\"");
    }

    @Test
    void literalImageNameMustBeAValidReference() {
        assertRefused(SyntaxErrorKind.FROM,
                "failed to parse stage name \"Ubuntu:22.04\": invalid reference format: repository name (library/Ubuntu) "
                        + "must be lowercase", onlyError(parse("FROM Ubuntu:22.04")));
        assertRefused(SyntaxErrorKind.FROM, "failed to parse stage name \"alpine:3.19:x\": invalid reference format",
                onlyError(parse("FROM alpine:3.19:x")));
        assertRefused(SyntaxErrorKind.FROM, "base name (\"\") should not be blank", onlyError(parse("FROM \"\"")));
        accepted("FROM registry.example.com:5000/team/app:1.2.3-rc_1");
        accepted("FROM alpine@sha256:c5b1261d6d3e43071626931fc004f70149baeba2c8ec672bd4f27761f8e1ad6b");
        accepted("FROM localhost/my_app__x.y-z");
    }

    @Test
    void imageNameWithVariablesIsNotChecked() {
        accepted("ARG BASE", "FROM ${BASE}", "FROM ${BASE:-Whatever}");
    }

    @Test
    void earlierStageNameIsNoImageName() {
        accepted("FROM alpine AS builder", "FROM builder");
        assertRefusedStarting(SyntaxErrorKind.FROM, "failed to parse stage name \"Builder\"",
                onlyError(parse("FROM alpine AS builder", "FROM Builder")));
    }

    @Test
    void copyFromRefusesVariables() {
        assertRefused(SyntaxErrorKind.TRANSFER_OPTION, "variable expansion is not supported for --from, define a new stage "
                + "with FROM using ARG from global scope as a workaround", refusedInStage("COPY --from=$STAGE /a /b"));
    }

    @Test
    void copyFromMustNameAnEarlierStageOrAnImage() {
        accepted("FROM alpine AS build", "FROM scratch", "COPY --from=build /a /b", "COPY --from=BUILD /a /b",
                "COPY --from=0 /a /b", "COPY --from=nginx:1.25 /etc/nginx /etc/nginx");
        assertRefused(SyntaxErrorKind.TRANSFER_OPTION, "cannot copy from stage \"later\", it needs to be defined before "
                + "current stage \"stage-0\"", onlyError(parse("FROM alpine", "COPY --from=later /a /b",
                "FROM alpine AS later")));
        assertRefused(SyntaxErrorKind.TRANSFER_OPTION, "invalid stage index 2",
                onlyError(parse("FROM alpine", "FROM scratch", "COPY --from=2 /a /b")));
        assertRefused(SyntaxErrorKind.TRANSFER_OPTION, "cannot copy from stage \"0\", it needs to be defined before "
                + "current stage \"\"", refusedInStage("COPY --from=0 /a /b"));
        assertRefusedStarting(SyntaxErrorKind.TRANSFER_OPTION, "failed to parse stage name \"Nope\"",
                refusedInStage("COPY --from=Nope /a /b"));
    }

    @Test
    void refusedCopyIsLeftOut() {
        Dockerfile dockerfile = parse("FROM alpine", "COPY --from=9 /a /b", "USER x");
        assertEquals(List.of(Keyword.FROM, Keyword.USER), dockerfile.instructions().stream().map(Instruction::keyword).toList());
    }

    @Test
    void chmodIsOctalUpTo7777OrSymbolic() {
        acceptedInStage(Instruction.Copy.class, "COPY --chmod=0755 a /b");
        acceptedInStage(Instruction.Copy.class, "COPY --chmod=u=rwx,go=rx a /b");
        acceptedInStage(Instruction.Copy.class, "COPY --chmod=$MODE a /b");
        assertRefused(SyntaxErrorKind.TRANSFER_OPTION, "invalid chmod parameter: '8755'. it should be octal string and "
                + "between 0 and 07777", refusedInStage("COPY --chmod=8755 a /b"));
        assertRefused(SyntaxErrorKind.TRANSFER_OPTION, "invalid chmod parameter: '17777'. it should be octal string and "
                + "between 0 and 07777", refusedInStage("COPY --chmod=17777 a /b"));
        assertRefused(SyntaxErrorKind.TRANSFER_OPTION, "invalid syntax", refusedInStage("ADD --chmod=rwx a /b"));
    }

    @Test
    void checksumNeedsOneRemoteSourceAndAValidDigest() {
        String digest = "sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d";
        acceptedInStage(Instruction.Add.class, "ADD --checksum=" + digest + " https://example.com/a.tgz /a");
        assertRefused(SyntaxErrorKind.TRANSFER_OPTION, "checksum can't be specified for multiple sources",
                refusedInStage("ADD --checksum=" + digest + " https://example.com/a https://example.com/b /d/"));
        assertRefused(SyntaxErrorKind.TRANSFER_OPTION, "checksum requires HTTP(S) or Git sources",
                refusedInStage("ADD --checksum=" + digest + " local.tgz /a"));
        assertRefused(SyntaxErrorKind.TRANSFER_OPTION, "invalid checksum digest length",
                refusedInStage("ADD --checksum=sha256:abc https://example.com/a.tgz /a"));
    }

    @Test
    void copyTakesNoUrlOrGitSource() {
        assertRefused(SyntaxErrorKind.TRANSFER_OPTION, "source can't be a URL for COPY",
                refusedInStage("COPY https://example.com/a.tgz /a"));
        assertRefused(SyntaxErrorKind.TRANSFER_OPTION, "source can't be a git ref for COPY",
                refusedInStage("COPY https://github.com/moby/buildkit.git#v0.1 /src"));
        acceptedInStage(Instruction.Add.class, "ADD https://example.com/a.tgz git@github.com:moby/buildkit.git /a/");
    }

    @Test
    void mountsAreCheckedAsBuildKitDoes() {
        acceptedInStage(Instruction.Run.class, "RUN --mount=type=secret,id=npm,required --mount=type=ssh "
                + "--mount=type=tmpfs,target=/t,size=64m --mount=type=cache,target=/c,sharing=locked,mode=0700,uid=1 true");
        acceptedInStage(Instruction.Run.class, "RUN --mount=type=$T,target=/a true");
        assertRefused(SyntaxErrorKind.RUN_OPTION, "unsupported mount type \"volume\"",
                refusedInStage("RUN --mount=type=volume,target=/a true"));
        assertRefused(SyntaxErrorKind.RUN_OPTION, "unexpected key 'dest' in 'dest=/a' (did you mean dst?)",
                refusedInStage("RUN --mount=type=bind,dest=/a true"));
        assertRefused(SyntaxErrorKind.RUN_OPTION, "invalid field 'bogus' must be a key=value pair",
                refusedInStage("RUN --mount=target=/a,bogus true"));
        assertRefused(SyntaxErrorKind.RUN_OPTION, "mode not allowed for \"bind\" type mounts",
                refusedInStage("RUN --mount=target=/a,mode=0700 true"));
        assertRefused(SyntaxErrorKind.RUN_OPTION, "invalid secret mount. one of source, target required",
                refusedInStage("RUN --mount=type=secret true"));
        assertRefused(SyntaxErrorKind.RUN_OPTION, "unexpected key 'size' for mount type 'cache'",
                refusedInStage("RUN --mount=type=cache,target=/a,size=1g true"));
        assertRefused(SyntaxErrorKind.RUN_OPTION, "'from' doesn't support variable expansion, define alias stage instead",
                refusedInStage("RUN --mount=from=$STAGE,target=/a true"));
        assertRefused(SyntaxErrorKind.RUN_OPTION,
                "failed to parse csv mounts: parse error on line 1, column 8: bare \" in non-quoted-field",
                refusedInStage("RUN --mount=target=\\\"/a true"));
    }

    @Test
    void networkAndSecurityTakeKnownModes() {
        assertRefused(SyntaxErrorKind.RUN_OPTION, "invalid network mode \"bridge\"",
                refusedInStage("RUN --network=bridge true"));
        assertRefused(SyntaxErrorKind.RUN_OPTION, "security \"privileged\" is not valid",
                refusedInStage("RUN --security=privileged true"));
    }

    @Test
    void devicesNeedALabsSyntax() {
        assertRefused(SyntaxErrorKind.RUN_OPTION, "device feature is only supported in Dockerfile frontend 1.14.0-labs "
                + "or later", refusedInStage("RUN --device=nvidia.com/gpu=all true"));
        accepted("# syntax=docker/dockerfile:1-labs", "FROM scratch", "RUN --device=nvidia.com/gpu=all true");
    }

    @Test
    void stopSignalMustBeASignal() {
        acceptedInStage(Instruction.StopSignal.class, "STOPSIGNAL SIGQUIT");
        acceptedInStage(Instruction.StopSignal.class, "STOPSIGNAL term");
        acceptedInStage(Instruction.StopSignal.class, "STOPSIGNAL 9");
        acceptedInStage(Instruction.StopSignal.class, "STOPSIGNAL SIGRTMIN+3");
        assertRefused(SyntaxErrorKind.STOPSIGNAL, "invalid signal: SIGFOO", refusedInStage("STOPSIGNAL SIGFOO"));
        assertRefused(SyntaxErrorKind.STOPSIGNAL, "invalid signal: 0", refusedInStage("STOPSIGNAL 0"));
    }

    @Test
    void exposedPortsMustParse() {
        acceptedInStage(Instruction.Expose.class, "EXPOSE 80 443/tcp 53/udp 8000-8010 9000/sctp $PORT");
        assertRefused(SyntaxErrorKind.EXPOSE, "invalid port: \"80/http\": invalid proto: http",
                refusedInStage("EXPOSE 80/http"));
        assertRefused(SyntaxErrorKind.EXPOSE, "invalid containerPort: 70000", refusedInStage("EXPOSE 70000"));
        assertRefused(SyntaxErrorKind.EXPOSE, "invalid containerPort: 90-80", refusedInStage("EXPOSE 90-80"));
        assertRefused(SyntaxErrorKind.EXPOSE, "invalid containerPort: http", refusedInStage("EXPOSE http"));
    }
}
