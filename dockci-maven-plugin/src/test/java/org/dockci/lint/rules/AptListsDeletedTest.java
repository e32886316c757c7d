package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class AptListsDeletedTest {

    private final AptListsDeleted rule = new AptListsDeleted();

    @Test
    void updateWithoutDeletingTheListsFires() {
        assertEquals(List.of(at(2, 5)),
                positions(rule, "FROM debian\nRUN apt-get update && apt-get install -y python\n"));
    }

    @Test
    void aptAndAptitudeUpdatesFireToo() {
        assertEquals(List.of(at(2, 5), at(3, 5)), positions(rule,
                "FROM debian\nRUN apt update && apt install python\nRUN aptitude update && aptitude install python\n"));
    }

    @Test
    void deletingTheListsInTheSameRunDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian\n"
                + "RUN apt-get update && apt-get install -y python && rm -rf /var/lib/apt/lists/*\n"
                + "RUN apt update && apt install python && rm -r -f /var/lib/apt/lists\n"
                + "RUN aptitude update && aptitude install python && rm -rf /var/lib/apt/lists/*\n"));
    }

    @Test
    void deletingSomethingElseIsNoCleanup() {
        assertEquals(List.of(at(2, 5)),
                positions(rule, "FROM debian\nRUN apt-get update && apt-get install -y python && rm -rf /tmp/*\n"));
    }

    @Test
    void deletingTheListsInALaterRunIsTooLate() {
        assertEquals(List.of(at(2, 5)), positions(rule,
                "FROM debian\nRUN apt-get update && apt-get install -y python\nRUN rm -rf /var/lib/apt/lists/*\n"));
    }

    @Test
    void installWithoutUpdateDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian\nRUN apt-get install -y ./local.deb\n"));
    }

    @Test
    void intermediateStageNothingBuildsOnDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM ubuntu AS foo\nRUN apt-get update && apt-get install python\n"
                + "FROM scratch\nCOPY --from=foo /usr/bin/python /python\n"));
    }

    @Test
    void stageAnotherStageBuildsOnFires() {
        assertEquals(List.of(at(2, 5)), positions(rule,
                "FROM ubuntu AS foo\nRUN apt-get update && apt-get install python\nFROM foo\nRUN echo hey\n"));
    }

    @Test
    void lastStageFires() {
        assertEquals(List.of(at(4, 5)), positions(rule,
                "FROM ubuntu AS foo\nRUN echo hey\nFROM scratch\nRUN apt-get update && apt-get install python\n"));
    }

    @Test
    void onbuildTriggerFiresInAnyStage() {
        assertEquals(List.of(at(2, 13)), positions(rule,
                "FROM ubuntu AS foo\nONBUILD RUN apt-get update && apt-get install python\nFROM scratch\n"));
    }

    @Test
    void cacheOrTmpfsOnTheListsDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian\n"
                + "RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install python\n"
                + "RUN --mount=type=cache,target=/var/lib/apt --mount=type=cache,target=/var/cache/apt \\\n"
                + "    rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install python\n"
                + "RUN --mount=type=tmpfs,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt \\\n"
                + "    apt-get update\n"
                + "RUN --mount=type=cache,target=/var/cache/apt --mount=type=tmpfs,target=/var/lib/apt \\\n"
                + "    apt-get update\n"));
    }

    @Test
    void mountOnOnlyOneOfTheAptDirectoriesFires() {
        assertEquals(List.of(at(2, 46), at(3, 44)), positions(rule, "FROM debian\n"
                + "RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install python\n"
                + "RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install python\n"));
    }

    @Test
    void bindMountOnTheListsFires() {
        assertEquals(List.of(at(2, 49)), positions(rule,
                "FROM debian\nRUN --mount=type=bind,target=/var/lib/apt/lists apt-get update\n"));
    }
}
