package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApkAddPinsVersionsTest {

    private final ApkAddPinsVersions rule = new ApkAddPinsVersions();

    @Test
    void unpinnedPackageFires() {
        assertEquals(List.of(at(2, 5)), positions(rule, "FROM alpine:3.20\nRUN apk add flex\n"));
    }

    @Test
    void oneUnpinnedPackageAmongPinnedOnesFires() {
        assertEquals(List.of(at(2, 5)), positions(rule, "FROM alpine:3.20\n"
                + "RUN apk add --no-cache \\\n  flex=2.6.4-r1 \\\n  libffi \\\n  libbz2=1.0.6-r5\n"));
    }

    @Test
    void unpinnedPackageInAnOnbuildTriggerFires() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM alpine:3.20\nONBUILD RUN apk add flex\n"));
    }

    @Test
    void exactFuzzyAndRangeVersionsArePinned() {
        assertEquals(List.of(), positions(rule, "FROM alpine:3.20\n"
                + "RUN apk add flex=2.6.4-r1 git~2.52.0 curl~=8.1 bash=~5.2\n"
                + "RUN apk add --no-cache \"flex>=2.6.1-r1\" \"python3<3.6.12-r2\"\n"
                + "RUN apk add --no-cache flex=2.6.4-r1 && pip install -r requirements.txt\n"));
    }

    @Test
    void apkFilesArePinned() {
        assertEquals(List.of(), positions(rule, "FROM alpine:3.20\nRUN apk add mypackage-1.1.1.apk\n"));
    }

    @Test
    void valuesOfVirtualRepositoryAndRootOptionsAreNoPackages() {
        assertEquals(List.of(), positions(rule, "FROM alpine:3.20\n"
                + "RUN apk add --virtual build-dependencies python-dev=1.1.1 && apk del build-dependencies\n"
                + "RUN apk add -t .deps gcc=13.2.1\n"
                + "RUN apk add --no-cache --repository https://example.org/alpine/edge/testing flow=0.78.0-r0\n"
                + "RUN apk add --no-cache --repository=https://example.org/alpine/edge/testing flow=0.78.0-r0\n"
                + "RUN apk add --no-cache -X https://example.org/alpine/edge/testing flow=0.78.0-r0\n"
                + "RUN apk add --root rootfs --initdb busybox=1.36.1-r29\n"));
    }

    @Test
    void otherApkCommandsDoNotFire() {
        assertEquals(List.of(), positions(rule, "FROM alpine:3.20\nRUN apk update && apk upgrade && apk del flex\n"));
    }
}
