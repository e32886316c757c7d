package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.lines;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PipInstallPinsVersionsTest {

    private final PipInstallPinsVersions rule = new PipInstallPinsVersions();

    @ParameterizedTest
    @ValueSource(strings = {"pip install MySQL_python", "pip2 install MySQL_python", "pip3 install MySQL_python",
        "/opt/venv/bin/pip install six", "python -m pip install example",
        "python3 -m pip install --index-url url example",
        "pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext",
        "pip install git+ssh://git@github.com/rtfd/read-ext.git#egg=read-ext", "pipx install black",
        "pip install --root-user-action=ignore mypkg", "pip install --no-cache-dir six==1.16.0 requests",
        "pip install --cache-dir /tmp/pip requests"})
    void unpinnedPackageFires(String command) {
        assertEquals(List.of(2), lines(rule, "FROM python:3.12", "RUN " + command));
    }

    @Test
    void onbuildRunFiresAtTheOnbuild() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM python:3.12", "ONBUILD RUN pip install six"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pip3 install MySQL_python==1.2.2", "pip install MySQL_python~=1.2.2",
        "pip install MySQL_python===1.2.2", "pip3 install mypkg.whl", "pip3 install mypkg.tar.gz",
        "pip install -r requirements.txt", "pip install --requirement requirements.txt", "pip install .",
        "pip install -e .", "pip install --ignore-installed MySQL_python==1.2.2",
        "pip3 install --build /opt/yamllint yamllint==1.20.0", "pip3 install --prefix /opt/yamllint yamllint==1.20.0",
        "pip3 install --root /opt/y yamllint==1.20.0", "pip3 install --target /opt/yamllint yamllint==1.20.0",
        "pip3 install --trusted-host host example==1.2.2", "python -m pip install example==1.2.2",
        "pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext",
        "pip install git+ssh://git@github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext", "pip install foo/bar",
        "pip install https://foo.bar/baz.zip", "pip install 'alabaster>=0.7'", "pip install 'alabaster<0.7'",
        "pip install 'alabaster!=0.7'", "pip install MySQL_python==1.2.2 --user",
        "pip install --index-url https://user:pass@eg.com/foo --extra-index-url https://ex-eg.io/foo foobar==1.0.0",
        "pip install -i https://eg.com/foo foobar==1.0.0", "pip install pykafka --constraint http://foo.bar.baz",
        "pip install pykafka -c http://foo.bar.baz", "pipenv install black",
        "pipx install --python \"$(which python)\" \"poetry==1.8.5\"",
        "pip install --no-cache-dir --root-user-action ignore poetry==1.8.5", "pip freeze", "pip download six"})
    void pinnedPackagesRequirementsAndPathsDoNotFire(String command) {
        assertEquals(List.of(), positions(rule, "FROM python:3.12", "RUN " + command));
    }
}
