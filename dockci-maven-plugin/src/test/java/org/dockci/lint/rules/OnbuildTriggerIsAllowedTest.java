package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.from;
import static org.dockci.lint.rules.RuleCheck.handBuilt;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.dockci.lint.rules.RuleCheck.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dockci.dockerfile.CommandLine;
import org.dockci.dockerfile.Instruction;
import org.junit.jupiter.api.Test;

class OnbuildTriggerIsAllowedTest {

    private final OnbuildTriggerIsAllowed rule = new OnbuildTriggerIsAllowed();

    private static Instruction.OnBuild onBuild(int line, Instruction trigger) {
        return new Instruction.OnBuild(source(line, "ONBUILD " + trigger.source().text()), trigger);
    }

    @Test
    void onbuildOfOnbuildFromOrMaintainerFires() {
        // Docker's parser refuses these (DC1011): only a hand-built model can hold them
        Instruction.Run run =
                new Instruction.Run(source(2, "RUN make"), new CommandLine(false, List.of(), "make", List.of()));
        assertEquals(List.of(at(2, 1), at(3, 1), at(4, 1)), positions(rule, handBuilt(from(1, "debian:12", null),
                onBuild(2, onBuild(2, run)),
                onBuild(3, from(3, "debian:12", null)),
                onBuild(4, new Instruction.Maintainer(source(4, "MAINTAINER me"), "me")))));
    }

    @Test
    void otherTriggersAndThoseInstructionsOutsideOnbuildDoNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "MAINTAINER me", "ONBUILD RUN make",
                "ONBUILD COPY . /app", "ONBUILD ADD a.tar /", "ONBUILD USER app", "ONBUILD LABEL a=b",
                "ONBUILD STOPSIGNAL SIGTERM", "ONBUILD CMD [\"make\"]", "ONBUILD WORKDIR /app", "ONBUILD EXPOSE 69",
                "ONBUILD VOLUME /data", "ONBUILD ENTRYPOINT [\"make\"]", "ONBUILD ENV A=b", "ONBUILD ARG A",
                "ONBUILD HEALTHCHECK NONE", "ONBUILD SHELL [\"/bin/bash\", \"-c\"]"));
    }
}
