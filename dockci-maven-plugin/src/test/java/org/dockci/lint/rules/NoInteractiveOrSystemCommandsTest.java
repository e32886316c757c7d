package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.lines;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoInteractiveOrSystemCommandsTest {

    private final NoInteractiveOrSystemCommands rule = new NoInteractiveOrSystemCommands();

    @ParameterizedTest
    @ValueSource(strings = {"top", "ssh host", "vim /etc/hosts", "service nginx start", "ps aux", "free -m",
        "kill 1", "mount /dev/sda1 /mnt", "shutdown -h now", "ifconfig eth0"})
    void commandForATerminalOrARunningSystemFires(String command) {
        assertEquals(List.of(2), lines(rule, "FROM debian:12", "RUN " + command));
    }

    @Test
    void commandAmongOthersAndInAnOnbuildTriggerFires() {
        assertEquals(List.of(at(3, 6), at(4, 13)), positions(rule, "FROM debian:12",
                "RUN make \\", "  && service mysql restart", "ONBUILD RUN top"));
    }

    @Test
    void programsOnlyNamedAsArgumentsDoNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian:12",
                "RUN apt-get install -y ssh vim procps && echo top", "ONBUILD RUN apt-get install -y ssh"));
    }
}
