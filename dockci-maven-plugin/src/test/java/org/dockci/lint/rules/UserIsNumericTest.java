package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class UserIsNumericTest {

    private final UserIsNumeric rule = new UserIsNumeric();

    @Test
    void userNamedByNameFires() {
        assertEquals(List.of(at(2, 1), at(3, 1), at(4, 1)), positions(rule, "FROM debian:12",
                "USER foobar", "USER foobar:barfoo", "USER $UNDECLARED"));
    }

    @Test
    void numericUserWithOrWithoutGroupDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "USER 12345", "USER 1234:5678", "USER 0:app"));
    }

    @Test
    void userFromAnArgDeclaredBeforeDoesNotFire() {
        assertEquals(List.of(), positions(rule, "ARG APP_UID", "FROM debian:12", "ARG GID=1000",
                "USER ${APP_UID}", "USER $APP_UID:$GID"));
    }

    @Test
    void argDeclaredAfterTheUserDoesNotCount() {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12", "USER ${APP_UID}", "ARG APP_UID"));
    }
}
