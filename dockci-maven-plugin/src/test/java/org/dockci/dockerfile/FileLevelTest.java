package org.dockci.dockerfile;

import static org.dockci.dockerfile.Dockerfiles.accepted;
import static org.dockci.dockerfile.Dockerfiles.assertRefused;
import static org.dockci.dockerfile.Dockerfiles.onlyError;
import static org.dockci.dockerfile.Dockerfiles.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLevelTest {

    @Test
    void emptyFileHasNoInstructions() {
        SyntaxError error = onlyError(DockerfileParser.parse(""));
        assertRefused(SyntaxErrorKind.NO_INSTRUCTIONS, "file with no instructions", error);
        assertEquals(new Position(1, 1), error.position());
    }

    @Test
    void commentsAndDirectivesAloneAreNoInstructions() {
        SyntaxError error = onlyError(parse("# syntax=docker/dockerfile:1", "# just a comment", ""));
        assertRefused(SyntaxErrorKind.NO_INSTRUCTIONS, "file with no instructions", error);
        assertEquals(new Position(3, 1), error.position());
    }

    @Test
    void argsAloneMakeNoStage() {
        assertRefused(SyntaxErrorKind.NO_BUILD_STAGE, "dockerfile contains no stages to build",
                onlyError(parse("ARG VERSION=1")));
    }

    @Test
    void argBeforeFromIsGlobal() {
        Dockerfile dockerfile = parse("ARG BASE=alpine", "FROM $BASE", "ARG LOCAL", "RUN true");
        assertEquals(List.of(), dockerfile.errors());
        assertEquals(1, dockerfile.globalArgs().size());
        assertEquals(1, dockerfile.stages().size());
    }

    @Test
    void instructionBeforeFromIsAnError() {
        Dockerfile dockerfile = parse("LABEL a=b", "FROM scratch");
        SyntaxError error = onlyError(dockerfile);
        assertRefused(SyntaxErrorKind.NO_BUILD_STAGE, "no build stage in current context", error);
        assertEquals(new Position(1, 1), error.position());
        assertEquals(1, dockerfile.instructions().size());
    }

    @Test
    void fileWithoutFromReportsEachInstructionOnce() {
        Dockerfile dockerfile = parse("RUN a", "RUN b");
        assertEquals(2, dockerfile.errors().size());
        assertTrue(dockerfile.errors().stream().allMatch(error -> error.code().equals("DC1001")));
    }

    @Test
    void malformedFromStillStartsAStage() {
        Dockerfile dockerfile = parse("FROM", "RUN true");
        assertRefused(SyntaxErrorKind.FROM, "FROM requires either one or three arguments", onlyError(dockerfile));
    }

    @Test
    void everyErrorIsReportedInOrderAndItsInstructionLeftOut() {
        Dockerfile dockerfile = parse("FROM scratch", "RUNN x", "COPY a", "USER me", "ENV x");
        assertEquals(List.of(new Position(2, 1), new Position(3, 1), new Position(5, 1)),
                dockerfile.errors().stream().map(SyntaxError::position).toList());
        assertEquals(List.of(Keyword.FROM, Keyword.USER), dockerfile.instructions().stream().map(Instruction::keyword).toList());
        assertFalse(dockerfile.valid());
    }

    @Test
    void errorOfAContinuedInstructionPointsAtItsFirstLine() {
        SyntaxError error = onlyError(parse("FROM scratch", "", "COPY \\", "  onlyone"));
        assertEquals(new Position(3, 1), error.position());
    }

    @Test
    void stagesGroupTheirInstructions() {
        Dockerfile dockerfile = parse("FROM alpine AS build", "RUN make", "FROM scratch", "COPY --from=build /a /a");
        assertEquals(List.of(), dockerfile.errors());
        List<BuildStage> stages = dockerfile.stages();
        assertEquals(2, stages.size());
        assertEquals("build", stages.get(0).name());
        assertEquals(1, stages.get(1).instructions().size());
    }

    @Test
    void lineLongerThanDockerAcceptsIsAnError() {
        String longest = "LABEL a=" + "x".repeat(65535 - 8);
        accepted("FROM scratch", longest);
        SyntaxError error = onlyError(parse("FROM scratch", longest + "x"));
        assertRefused(SyntaxErrorKind.LINE_TOO_LONG, "dockerfile line greater than max allowed size of 65535", error);
        assertEquals(new Position(2, 1), error.position());
    }

    @Test
    void lineLengthCountsUtf8Bytes() {
        String accented = "LABEL a=" + "\u00e9".repeat(32763);
        accepted("FROM scratch", accented);
        assertRefused(SyntaxErrorKind.LINE_TOO_LONG, "dockerfile line greater than max allowed size of 65535",
                onlyError(parse("FROM scratch", accented + "\u00e9")));
    }

    @Test
    void fileIsReadAsUtf8(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("Dockerfile");
        Files.write(file, "\uFEFFFROM scratch\nLABEL name=\u00e9t\u00e9\n".getBytes(StandardCharsets.UTF_8));
        Dockerfile dockerfile = DockerfileParser.parse(file);
        assertEquals(List.of(), dockerfile.errors());
        assertEquals("\u00e9t\u00e9", ((Instruction.Label) dockerfile.instructions().get(1)).pairs().get(0).value());
    }

    @Test
    void binaryFileIsOneErrorNotALinePerLineOfJunk(@TempDir Path directory) throws IOException {
        // the shape of a compiled program: an ELF header, then bytes Docker would read as lines of instructions
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        System.arraycopy("\u007fELF\u0002\u0001\u0001\0".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, 0, 8);
        Path file = Files.write(directory.resolve("Dockerfile"), bytes);

        SyntaxError error = onlyError(DockerfileParser.parse(file));

        assertEquals(SyntaxErrorKind.NOT_TEXT.code(), error.code());
        assertTrue(error.message().startsWith("not a text file: "), error.message());
        assertEquals(new Position(1, 1), error.position());
    }

    @Test
    void textInAnotherEncodingIsNotTextAtItsFirstBadLine(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("Dockerfile");
        Files.write(file, "FROM scratch\nLABEL name=\u00e9t\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        SyntaxError error = onlyError(DockerfileParser.parse(file));

        assertRefused(SyntaxErrorKind.NOT_TEXT, "not a text file: bytes that are not UTF-8 (a binary file, or text in"
                + " another encoding: save it as UTF-8)", error);
        assertEquals(new Position(2, 1), error.position());
    }

    @Test
    void nulCharacterMakesTextBinary() {
        Dockerfile dockerfile = DockerfileParser.parse("FROM scratch\nRUN true\n\0\0\0\nRUN x\n");

        assertRefused(SyntaxErrorKind.NOT_TEXT, "not a text file: a NUL byte (a binary file?)", onlyError(dockerfile));
        assertEquals(new Position(3, 1), dockerfile.errors().get(0).position());
        assertEquals(List.of(), dockerfile.instructions());
    }

    @Test
    void errorCodesAreDistinctAndInDockciSyntaxRange() {
        List<String> codes = java.util.Arrays.stream(SyntaxErrorKind.values()).map(SyntaxErrorKind::code).toList();
        assertEquals(codes.size(), codes.stream().distinct().count());
        assertTrue(codes.stream().allMatch(code -> code.matches("DC1[0-9]{3}")), codes::toString);
    }
}
