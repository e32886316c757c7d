package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApkAddNoCacheTest {

    private final ApkAddNoCache rule = new ApkAddNoCache();

    @Test
    void addWithoutNoCacheFires() {
        assertEquals(List.of(at(2, 5)), positions(rule, "FROM alpine:3.20\nRUN apk add flex=2.6.4-r1\n"));
    }

    @Test
    void addWithoutNoCacheInAnOnbuildTriggerFires() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM alpine:3.20\nONBUILD RUN apk add flex=2.6.4-r1\n"));
    }

    @Test
    void addWithNoCacheDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM alpine:3.20\nRUN apk add --no-cache flex=2.6.4-r1\n"));
    }

    @Test
    void cacheOrTmpfsOnTheApkCacheDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM alpine:3.20\n"
                + "RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0\n"
                + "RUN --mount=type=tmpfs,target=/var/cache/apk apk add -U curl=7.77.0\n"));
    }

    @Test
    void mountElsewhereDoesNotExcuseMissingNoCache() {
        assertEquals(List.of(at(2, 46), at(3, 46)), positions(rule, "FROM alpine:3.20\n"
                + "RUN --mount=type=cache,target=/var/cache/foo apk add -U curl=7.77.0\n"
                + "RUN --mount=type=tmpfs,target=/var/cache/foo apk add -U curl=7.77.0\n"
                + "RUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0\n"));
    }

    @Test
    void otherApkCommandsDoNotFire() {
        assertEquals(List.of(), positions(rule, "FROM alpine:3.20\nRUN apk update && apk del flex && apk info\n"));
    }
}
