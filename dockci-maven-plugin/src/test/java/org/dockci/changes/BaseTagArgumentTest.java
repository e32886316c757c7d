package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.dockci.dockerfile.DockerfileParser;
import org.junit.jupiter.api.Test;

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

    private static ModuleChange base(boolean changed) {
        return new ModuleChange("x3-base", "containers/x3-base", new Verdict.ByMode(changed ? ChangeMode.ALL : ChangeMode.NONE), Optional.empty(), "9e8d7c6b5a49382716059e8d7c6b5a4938271605", Optional.of("main"),
                List.of(), Optional.empty(), Optional.empty(), Instant.parse("2026-03-01T12:00:00Z"));
    }
}
