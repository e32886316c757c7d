package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandsInExecFormTest {

    private final CommandsInExecForm rule = new CommandsInExecForm();

    @ParameterizedTest
    @ValueSource(strings = {"CMD something", "ENTRYPOINT something", "HEALTHCHECK CMD curl -f http://localhost/",
        "HEALTHCHECK --interval=30s CMD check"})
    void shellFormIsReported(String instruction) {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM node:20", instruction));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CMD [\"foo\", \"bar\"]", "CMD [ \"foo\", \"bar\" ]", "ENTRYPOINT [\"foo\", \"bar\"]",
        "HEALTHCHECK CMD [ \"foobar\" ]", "HEALTHCHECK NONE"})
    void execFormIsFine(String instruction) {
        assertEquals(List.of(), positions(rule, "FROM node:20", instruction));
    }

    @Test
    void execFormContinuedOverLinesIsFine() {
        assertEquals(List.of(), positions(rule,
                "FROM node:20",
                "CMD [ \"/bin/sh\", \"-c\", \\",
                "      \"echo foo && \\",
                "       echo bar\" \\",
                "    ]"));
    }

    @Test
    void runIsNotChecked() {
        assertEquals(List.of(), positions(rule, "FROM node:20", "RUN npm ci"));
    }

    @Test
    void everyShellFormIsReported() {
        assertEquals(List.of(at(2, 1), at(3, 1)), positions(rule, "FROM node:20", "ENTRYPOINT run", "CMD serve"));
    }
}
