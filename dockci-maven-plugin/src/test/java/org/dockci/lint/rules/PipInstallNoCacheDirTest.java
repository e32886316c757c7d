package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dockci.dockerfile.Position;
import org.junit.jupiter.api.Test;

class PipInstallNoCacheDirTest {

    private final PipInstallNoCacheDir rule = new PipInstallNoCacheDir();

    private List<Position> check(String instructions) {
        return positions(rule, "FROM python:3.12\n" + instructions);
    }

    @Test
    void pipInstallWithoutNoCacheDirFires() {
        assertEquals(List.of(at(2, 5), at(3, 5), at(4, 5), at(5, 5)), check("RUN pip install six\n"
                + "RUN pip2 install six\nRUN pip3 install -r requirements.txt\nRUN /opt/venv/bin/pip install six\n"));
    }

    @Test
    void pythonDashMPipInstallFires() {
        assertEquals(List.of(at(2, 5)), check("RUN python3 -m pip install six\n"));
    }

    @Test
    void pipInstallInAnOnbuildTriggerFires() {
        assertEquals(List.of(at(2, 13)), check("ONBUILD RUN pip install six\n"));
    }

    @Test
    void noCacheDirAnywhereDoesNotFire() {
        assertEquals(List.of(), check("RUN pip install six --no-cache-dir\nRUN pip3 install --no-cache-dir six\n"
                + "RUN python -m pip install --no-cache-dir six\n"));
    }

    @Test
    void pipxPipenvAndOtherPipCommandsDoNotFire() {
        assertEquals(List.of(), check("RUN pipx install black\nRUN pipenv install requests\n"
                + "RUN pip freeze && pip download six\nRUN python -m pipx install black\n"));
    }

    @Test
    void trueEnvSettingTurnsTheCacheOff() {
        for (String value : List.of("1", "on", "yes", "true", "TRUE", "\"1\"")) {
            assertEquals(List.of(), check("ENV PIP_NO_CACHE_DIR=" + value + "\nRUN pip install six\n"), value);
        }
    }

    @Test
    void falseEnvSettingDoesNotTurnTheCacheOff() {
        for (String value : List.of("0", "off", "no", "false")) {
            assertEquals(List.of(at(3, 5)), check("ENV PIP_NO_CACHE_DIR=" + value + "\nRUN pip install six\n"), value);
        }
    }

    @Test
    void laterFalseEnvSettingTurnsTheCacheBackOn() {
        assertEquals(List.of(at(5, 5)), check("ENV PIP_NO_CACHE_DIR=1\nRUN pip install six\n"
                + "ENV PIP_NO_CACHE_DIR=0\nRUN pip install six\n"));
    }

    @Test
    void settingInTheRunItselfCounts() {
        assertEquals(List.of(), check("RUN PIP_NO_CACHE_DIR=1 pip install six\n"
                + "RUN export PIP_NO_CACHE_DIR=true && pip install six\n"));
        assertEquals(List.of(at(2, 5), at(3, 36)), check("RUN PIP_NO_CACHE_DIR=0 pip install six\n"
                + "RUN export PIP_NO_CACHE_DIR=off && pip install six\n"));
    }

    @Test
    void stageBuiltOnAStageWithTheSettingInheritsIt() {
        assertEquals(List.of(), positions(rule,
                "FROM debian:bookworm AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install six\n"));
    }

    @Test
    void stageBuiltOnAnotherImageDoesNotInheritIt() {
        assertEquals(List.of(at(4, 5)), positions(rule,
                "FROM debian:bookworm AS base\nENV PIP_NO_CACHE_DIR=1\nFROM debian:bookworm\nRUN pip install six\n"));
    }

    @Test
    void onbuildSettingCoversOnbuildRunsOnly() {
        assertEquals(List.of(at(4, 5)), check("ONBUILD ENV PIP_NO_CACHE_DIR=1\nONBUILD RUN pip install six\n"
                + "RUN pip install six\n"));
    }

    @Test
    void cacheOrTmpfsOnPipsCacheDoesNotFire() {
        assertEquals(List.of(), check("RUN --mount=type=cache,target=/root/.cache/pip pip install six\n"
                + "RUN --mount=type=tmpfs,target=/root/.cache/pip pip install six\n"));
    }
}
