package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SingleCmdPerStageTest {

    private final SingleCmdPerStage rule = new SingleCmdPerStage();

    @Test
    void cmdAfterAnotherInTheSameStageIsReported() {
        assertEquals(List.of(at(4, 1)), positions(rule, "FROM debian:12", "CMD bash", "RUN foo", "CMD [\"another\"]"));
    }

    @Test
    void repeatInAnEarlierStageIsReportedThere() {
        assertEquals(List.of(at(4, 1)), positions(rule,
                "FROM debian:12 AS distro1",
                "CMD bash",
                "RUN foo",
                "CMD another",
                "FROM debian:12 AS distro2",
                "CMD another"));
    }

    @Test
    void oneCmdPerStageIsFine() {
        assertEquals(List.of(), positions(rule,
                "FROM debian:12 AS distro1",
                "CMD bash",
                "FROM debian:12 AS distro2",
                "CMD another"));
        assertEquals(List.of(), positions(rule, "FROM debian:12", "CMD /bin/true"));
    }

    @Test
    void entrypointAndHealthcheckCmdAreNotCmds() {
        assertEquals(List.of(), positions(rule,
                "FROM debian:12",
                "ENTRYPOINT [\"/entrypoint.sh\"]",
                "HEALTHCHECK CMD /bin/check",
                "CMD [\"serve\"]"));
    }
}
