package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.dockci.lint.rules.RuleCheck.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainProcessGetsStopSignalTest {

    private final MainProcessGetsStopSignal rule = new MainProcessGetsStopSignal();

    @Test
    void shellFormCmdIsReportedWithWhatToDo() {
        List<Violation> found = violations(rule, "FROM debian:12", "CMD apache2ctl -D FOREGROUND");

        assertEquals(List.of(at(2, 1)), found.stream().map(Violation::position).toList());
        assertTrue(found.get(0).message().contains("exec form"), found.get(0).message());
        assertEquals(Severity.WARNING, rule.severity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CMD exec apache2ctl -D FOREGROUND", "CMD envsubst < t > c && exec nginx -g 'daemon off;'",
        "CMD [\"nginx\", \"-g\", \"daemon off;\"]", "CMD [\"sh\", \"-c\", \"exec nginx -g 'daemon off;'\"]",
        "CMD [\"/entrypoint.sh\"]", "ENTRYPOINT exec java -jar /app.jar",
        "ENTRYPOINT [\"java\", \"-jar\", \"/app.jar\"]"})
    void commandThatHandsOverToTheProgramIsFine(String instruction) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", instruction));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CMD [\"sh\", \"-c\", \"nginx -g 'daemon off;'\"]",
        "CMD [\"/bin/bash\", \"-c\", \"cd /srv && node app.js\"]",
        "ENTRYPOINT [\"/bin/sh\", \"-ec\", \"java -jar /app.jar\"]", "ENTRYPOINT java -jar /app.jar"})
    void shellScriptWithoutExecIsReported(String instruction) {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12", instruction));
    }

    @Test
    void shellFormCmdIsOnlyArgumentsOfAnExecFormEntrypoint() {
        assertEquals(List.of(), positions(rule, "FROM node:20", "ENTRYPOINT [\"tini\", \"--\"]", "CMD node server.js"));
    }

    @Test
    void shellFormEntrypointIsReportedAndItsCmdIgnored() {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM node:20", "ENTRYPOINT node server.js",
                "CMD [\"--port\", \"80\"]"));
    }

    @Test
    void onlyTheLastCmdRuns() {
        assertEquals(List.of(), positions(rule, "FROM nginx:1.27", "CMD nginx", "CMD [\"nginx\"]"));
        assertEquals(List.of(at(3, 1)), positions(rule, "FROM nginx:1.27", "CMD [\"nginx\"]", "CMD nginx"));
    }

    @Test
    void onlyTheLastStageRuns() {
        assertEquals(List.of(), positions(rule, "FROM debian:12 AS build", "CMD make", "FROM alpine:3.20",
                "CMD [\"/app\"]"));
        assertEquals(List.of(), positions(rule, "FROM debian:12 AS build", "CMD make", "FROM alpine:3.20"));
    }

    @Test
    void commandInheritedFromTheStageTheLastOneStartsFromIsReported() {
        assertEquals(List.of(at(2, 1)), positions(rule,
                "FROM node:20 AS base",
                "CMD node server.js",
                "FROM base",
                "RUN npm ci"));
    }

    @Test
    void inheritedExecFormEntrypointMakesTheCmdArguments() {
        assertEquals(List.of(), positions(rule,
                "FROM node:20 AS base",
                "ENTRYPOINT [\"tini\", \"--\"]",
                "FROM base",
                "CMD node server.js"));
    }

    @Test
    void imageWithoutCommandIsFine() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "RUN true"));
    }
}
