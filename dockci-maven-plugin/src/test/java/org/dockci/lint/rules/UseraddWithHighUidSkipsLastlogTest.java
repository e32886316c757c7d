package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.lines;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UseraddWithHighUidSkipsLastlogTest {

    private final UseraddWithHighUidSkipsLastlog rule = new UseraddWithHighUidSkipsLastlog();

    @ParameterizedTest
    @ValueSource(strings = {"useradd -u 123456 luser", "useradd --uid 123456 luser", "useradd -mu 1234567 luser"})
    void highUidWithoutNoLogInitFires(String command) {
        assertEquals(List.of(2), lines(rule, "FROM debian:12", "RUN " + command));
    }

    @Test
    void onbuildRunFiresAtTheOnbuild() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM debian:12", "ONBUILD RUN useradd -u 123456 luser"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"useradd luser", "useradd -u 12345 luser", "useradd -l -u 123456 luser",
        "useradd --no-log-init -u 123456 luser", "useradd -l luser", "adduser -u 123456 luser",
        "useradd -u \"$APP_UID\" luser", "useradd --uid ${UID} luser"})
    void shortUidOrNoLogInitDoesNotFire(String command) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "RUN " + command));
    }
}
