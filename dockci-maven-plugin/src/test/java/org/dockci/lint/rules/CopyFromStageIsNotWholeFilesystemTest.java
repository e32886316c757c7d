package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CopyFromStageIsNotWholeFilesystemTest {

    private final CopyFromStageIsNotWholeFilesystem rule = new CopyFromStageIsNotWholeFilesystem();

    @Test
    void rootOfAnotherStageCopiedToRootFires() {
        assertEquals(List.of(at(3, 1), at(4, 1)), positions(rule, "FROM debian:12 AS build", "FROM scratch",
                "COPY --from=build / /", "COPY --from=build \"/\" \"/\""));
    }

    @Test
    void rootWithoutFromOrPartsOfTheFilesystemDoNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian:12 AS build", "FROM scratch", "COPY / /",
                "COPY --from=build /app /", "COPY --from=build / /app"));
    }
}
