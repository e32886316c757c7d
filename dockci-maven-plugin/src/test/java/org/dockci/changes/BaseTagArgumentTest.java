package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dockci.dockerfile.DockerfileParser;
import org.dockci.dockerfile.ImageReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ARG BASE_TAG: the base's image of this build when the base is built, else its newest release. */
class BaseTagArgumentTest {

    @Test
    void aChangedBaseGivesItsCandidateTag() {
        assertEquals(Optional.of("1.1.0-dev.9e8d7c6"),
                BaseTagArgument.of(base(true), "1.1.0-dev.9e8d7c6", Optional.of("1.0.0")));
    }

    @Test
    void anUnchangedBaseGivesItsNewestReleaseOrNothing() {
        assertEquals(Optional.of("1.0.0"), BaseTagArgument.of(base(false), "1.1.0-dev.9e8d7c6", Optional.of("1.0.0")));
        assertEquals(Optional.empty(), BaseTagArgument.of(base(false), "1.1.0-dev.9e8d7c6", Optional.empty()));
    }

    @Test
    void onlyAGlobalArgDeclaresIt() {
        assertTrue(BaseTagArgument.declaredBy(DockerfileParser.parse(
                "ARG BASE_TAG=1.0.0\nFROM localhost:5000/dockci/x3-base:${BASE_TAG}\n")));
        assertTrue(BaseTagArgument.declaredBy(DockerfileParser.parse("ARG A=1 BASE_TAG\nFROM x:${BASE_TAG}\n")));
        assertFalse(BaseTagArgument.declaredBy(DockerfileParser.parse(
                "FROM localhost:5000/dockci/x3-base:1.0.0\nARG BASE_TAG=1\n")), "an ARG after FROM is the stage's");
    }

    @TempDir
    Path directory;

    /** base released as 1.0.0; child, released too, builds FROM it as {@code from} says. */
    private ContainerRepository baseAndChild(String from) throws Exception {
        ContainerRepository repo = ContainerRepository.init(directory).module("base", "1.0.0-SNAPSHOT")
                .module("child", "1.0.0-SNAPSHOT", "base");
        repo.git.write("containers/child/Dockerfile", from).commit("base and child");
        repo.release("base", "1.0.0", "1.0.1-SNAPSHOT");
        repo.release("child", "1.0.0", "1.0.1-SNAPSHOT");
        return repo;
    }

    private static BaseTagArgument.Choice choose(ContainerRepository repo, Detection build) throws Exception {
        ContainerModule child = repo.moduleNamed("child");
        return BaseTagArgument.choose(DockerfileParser.parse(child.directory().resolve("Dockerfile")), child,
                repo.modules(), build.detector(DetectSettings.defaults()),
                name -> ImageReference.of("localhost:5000/dockci/" + name), name -> "1.0.1-SNAPSHOT",
                change -> "1.0.1-dev." + change.commitShort());
    }

    @Test
    void anUnchangedBaseInTheBuildGivesItsNewestRelease() throws Exception {
        try (ContainerRepository repo = baseAndChild("ARG BASE_TAG=0.9.0\nFROM localhost:5000/dockci/base:${BASE_TAG}\n");
                Detection build = new Detection()) {
            assertEquals(new BaseTagArgument.Tagged("base", Optional.of("1.0.0"), BaseTagArgument.Source.NEWEST_RELEASE),
                    choose(repo, build));
        }
    }

    @Test
    void aChangedBaseInTheBuildGivesThisBuildsCandidate() throws Exception {
        try (ContainerRepository repo = baseAndChild("ARG BASE_TAG=0.9.0\nFROM localhost:5000/dockci/base:${BASE_TAG}\n");
                Detection build = new Detection()) {
            String head = repo.git.write("containers/base/Dockerfile", "FROM debian:trixie-slim\n").commit("base moves");

            assertEquals(new BaseTagArgument.Tagged("base", Optional.of("1.0.1-dev." + head.substring(0, 7)),
                    BaseTagArgument.Source.THIS_BUILD), choose(repo, build));
        }
    }

    @Test
    void aTagWrittenInTheDockerfileIsNamedAndNotReplaced() throws Exception {
        try (ContainerRepository repo = baseAndChild("FROM localhost:5000/dockci/base:1.0.0\n");
                Detection build = new Detection()) {
            assertEquals(new BaseTagArgument.NotDeclared(Set.of("base")), choose(repo, build));
        }
    }

    private static ModuleChange base(boolean changed) {
        return new ModuleChange("x3-base", "containers/x3-base",
                new Verdict.ByMode(changed ? ChangeMode.ALL : ChangeMode.NONE), Optional.empty(),
                "9e8d7c6b5a49382716059e8d7c6b5a4938271605", Optional.of("main"),
                List.of(), Optional.empty(), Optional.empty(), Instant.parse("2026-03-01T12:00:00Z"));
    }
}
