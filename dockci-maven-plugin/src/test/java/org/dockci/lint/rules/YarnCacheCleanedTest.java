package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.lines;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YarnCacheCleanedTest {

    private final YarnCacheCleaned rule = new YarnCacheCleaned();

    @ParameterizedTest
    @ValueSource(strings = {"yarn install foo", "yarn cache clean && yarn install foo",
        "--mount=type=cache,target=/var/lib/foobar yarn install foobar",
        "--mount=type=tmpfs,target=/var/lib/foobar yarn install foobar"})
    void installWithoutCacheCleanAfterItFires(String command) {
        assertEquals(List.of(2), lines(rule, "FROM node:20", "RUN " + command));
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo", "yarn install bar && yarn cache clean",
        "--mount=type=cache,target=/root/.cache/yarn yarn install foobar",
        "--mount=type=tmpfs,target=/usr/local/share/.cache/yarn yarn install foobar", "yarn build"})
    void cleanAfterInstallOrACacheMountDoesNotFire(String command) {
        assertEquals(List.of(), positions(rule, "FROM node:20", "RUN " + command));
    }

    @Test
    void installInTheLastStageFires() {
        assertEquals(List.of(at(4, 5)), positions(rule,
                "FROM node:20 AS foo", "RUN make", "FROM scratch", "RUN yarn install"));
    }

    @Test
    void installInAStageAnotherStartsFromFires() {
        assertEquals(List.of(at(2, 5)), positions(rule,
                "FROM node:20 AS foo", "RUN yarn install", "FROM foo", "RUN make"));
    }

    @Test
    void installInAStageTheImageDoesNotKeepDoesNotFire() {
        assertEquals(List.of(), positions(rule,
                "FROM node:20 AS foo", "RUN yarn install foo", "FROM scratch", "COPY --from=foo /app /app"));
    }

    @Test
    void onbuildInstallFiresInAnyStage() {
        assertEquals(List.of(at(2, 13)), positions(rule,
                "FROM node:20 AS foo", "ONBUILD RUN yarn install", "FROM scratch"));
    }

    @Test
    void cleanedInstallInAStageAnotherStartsFromDoesNotFire() {
        assertEquals(List.of(), positions(rule,
                "FROM node:20 AS foo", "RUN yarn install && yarn cache clean", "FROM foo", "RUN make"));
    }
}
