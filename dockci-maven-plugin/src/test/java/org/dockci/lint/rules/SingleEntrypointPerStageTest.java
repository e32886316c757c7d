package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SingleEntrypointPerStageTest {

    private final SingleEntrypointPerStage rule = new SingleEntrypointPerStage();

    @Test
    void entrypointAfterAnotherInTheSameStageIsReported() {
        assertEquals(List.of(at(4, 1)),
                positions(rule, "FROM debian:12", "ENTRYPOINT bash", "RUN foo", "ENTRYPOINT [\"another\"]"));
    }

    @Test
    void repeatInAnEarlierStageIsReportedThere() {
        assertEquals(List.of(at(4, 1)), positions(rule,
                "FROM debian:12 AS distro1",
                "ENTRYPOINT bash",
                "RUN foo",
                "ENTRYPOINT another",
                "FROM debian:12 AS distro2",
                "ENTRYPOINT another"));
    }

    @Test
    void oneEntrypointPerStageIsFine() {
        assertEquals(List.of(), positions(rule,
                "FROM debian:12 AS distro1",
                "ENTRYPOINT bash",
                "FROM debian:12 AS distro2",
                "ENTRYPOINT another"));
        assertEquals(List.of(), positions(rule, "FROM busybox:1.36"));
    }

    @Test
    void cmdIsNotAnEntrypoint() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "ENTRYPOINT [\"/init\"]", "CMD [\"serve\"]"));
    }
}
