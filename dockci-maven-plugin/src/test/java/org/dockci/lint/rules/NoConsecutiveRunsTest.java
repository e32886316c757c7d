package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dockci.dockerfile.Position;
import org.junit.jupiter.api.Test;

class NoConsecutiveRunsTest {

    private final NoConsecutiveRuns rule = new NoConsecutiveRuns();

    private List<Position> check(String instructions) {
        return positions(rule, "FROM debian:12\n" + instructions);
    }

    @Test
    void secondOfTwoConsecutiveRunsFires() {
        assertEquals(List.of(at(3, 1)), check("RUN /foo.sh\nRUN /bar.sh\n"));
    }

    @Test
    void commentsBetweenRunsDoNotSeparateThem() {
        assertEquals(List.of(at(5, 1)), check("RUN /foo.sh\n# a comment\n# another one\nRUN /bar.sh\n"));
    }

    @Test
    void everyRunOfARowFires() {
        assertEquals(List.of(at(3, 1), at(4, 1)), check("RUN a\nRUN b\nRUN c\n"));
    }

    @Test
    void runsWithTheSameFlagsFire() {
        assertEquals(List.of(at(3, 1), at(5, 1)), check("RUN --mount=type=secret,id=foo /foo.sh\n"
                + "RUN --mount=type=secret,id=foo /bar.sh\n"
                + "RUN --mount=type=cache,target=/a --mount=type=cache,target=/b x\n"
                + "RUN --mount=type=cache,target=/b --mount=type=cache,target=/a y\n"));
    }

    @Test
    void noRunOrASingleRunDoesNotFire() {
        assertEquals(List.of(), check("WORKDIR /\n"));
        assertEquals(List.of(), check("# a comment\nRUN /foo.sh\n"));
    }

    @Test
    void anotherInstructionBetweenRunsSeparatesThem() {
        assertEquals(List.of(),
                check("RUN /foo.sh\nWORKDIR /\nRUN /bar.sh\nONBUILD RUN x\nRUN y\nFROM debian:12\nRUN z\n"));
    }

    @Test
    void runsWithDifferentFlagsDoNotFire() {
        assertEquals(List.of(), check("RUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh\n"
                + "RUN --mount=type=secret,id=bar /baz.sh\n"));
    }

    @Test
    void runsChainingSeveralCommandsDoNotFire() {
        assertEquals(List.of(), check("RUN foo && bar\nRUN foobar\n"));
        assertEquals(List.of(), check("RUN foo; bar\nRUN foobar\n"));
        assertEquals(List.of(), check("RUN foobar\nRUN foo && bar\n"));
        assertEquals(List.of(), check("RUN foo && bar\nRUN foo; bar\n"));
    }

    @Test
    void singleCommandRunsAfterAChainedOneFire() {
        assertEquals(List.of(at(4, 1)), check("RUN foo && bar\nRUN foo\nRUN bar\n"));
    }
}
