package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.parse;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.dockci.lint.LintConfig;
import org.dockci.lint.Rule;
import org.dockci.lint.Violation;
import org.dockci.lint.RuleInput;
import org.junit.jupiter.api.Test;

class AptGetInstallPinsVersionsTest {

    private final AptGetInstallPinsVersions rule = new AptGetInstallPinsVersions();

    /** The codes of every registered rule that fires on line {@code line} of {@code text}. */
    private static List<String> codesOnLine(String text, int line) {
        RuleInput input = new RuleInput(parse(text));
        List<String> codes = new ArrayList<>();
        for (Rule registered : Rules.all(LintConfig.DEFAULTS)) {
            for (Violation violation : registered.check(input)) {
                if (violation.position().line() == line) {
                    codes.add(registered.code());
                }
            }
        }
        return codes;
    }

    @Test
    void unpinnedPackageFires() {
        assertEquals(List.of(at(2, 23)), positions(rule, "FROM debian\nRUN apt-get update && apt-get install python\n"));
    }

    @Test
    void oneUnpinnedPackageAmongPinnedOnesFires() {
        assertEquals(List.of(at(2, 5)),
                positions(rule, "FROM debian\nRUN apt-get install -y \\\n  curl=7.88.1-10 \\\n  git \\\n"
                        + "  wget=1.21*\n"));
    }

    @Test
    void aRunFiresOnceHoweverManyInstallsItHas() {
        assertEquals(List.of(at(2, 5)),
                positions(rule, "FROM debian\nRUN apt-get install -y a && apt-get install -y b\n"));
    }

    @Test
    void unpinnedPackageInAnOnbuildTriggerFires() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM debian\nONBUILD RUN apt-get install -y python\n"));
    }

    @Test
    void versionsWithWildcardsAndEpochsArePinned() {
        assertEquals(List.of(), positions(rule, "FROM debian\n"
                + "RUN apt-get update && apt-get install --no-install-recommends -y \\\n"
                + "  python-demjson=2.2.2* \\\n  git=1:2.5.0* \\\n  ruby=1:2.1.*\n"));
    }

    @Test
    void flagsBeforeOrAfterInstallAreNoPackages() {
        assertEquals(List.of(), positions(rule, "FROM debian\n"
                + "RUN apt-get -yqq --no-install-recommends install nodejs=0.10 && rm -rf /var/lib/apt/lists/*\n"));
    }

    @Test
    void releasesAndDebFilesArePinned() {
        assertEquals(List.of(), positions(rule, "FROM debian\n"
                + "RUN apt-get install -y curl/bookworm-backports ./wkhtmltox_0.12.5-1.bionic_amd64.deb\n"));
    }

    @Test
    void valuesOfTargetReleaseAndConfigOptionsAreNoPackages() {
        assertEquals(List.of(), positions(rule, "FROM debian\n"
                + "RUN apt-get install -y -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1\n"
                + "RUN apt-get install -y --target-release bookworm-backports curl=7.88.1-10\n"
                + "RUN apt-get -c custom.conf install -y curl=7.88.1-10\n"));
    }

    @Test
    void otherAptGetCommandsAndAptDoNotFire() {
        assertEquals(List.of(), positions(rule,
                "FROM debian\nRUN apt-get update && apt-get remove -y python && apt install python\n"));
    }

    @Test
    void cleanDebianInstallLacksOnlyPinnedVersions() {
        String install = "FROM debian:12.5-slim\n"
                + "RUN apt-get update && apt-get install -y --no-install-recommends apache2 curl"
                + " && rm -rf /var/lib/apt/lists/*\n";

        assertEquals(List.of("DL3008"), codesOnLine(install, 2));
        String pinned = install.replace("apache2 curl", "apache2=2.4.62-1~deb12u2 curl=7.88.1-10");
        assertEquals(List.of(), codesOnLine(pinned, 2));
    }

    @Test
    void installInAnOfficialImageShapedRunFiresAtItsOwnLine() {
        assertEquals(List.of(at(5, 19)), positions(rule,
                "FROM debian:bookworm-slim",
                "RUN set -eux; \\",
                "    savedAptMark=\"$(apt-mark showmanual)\"; \\",
                "    apt-get update; \\",
                "    if true; then apt-get install -y --no-install-recommends \\",
                "        ca-certificates=20230311 \\",
                "        wget \\",
                "    ; fi; \\",
                "    rm -rf /var/lib/apt/lists/*"));
    }
}
