package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.lines;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpmInstallPinsVersionsTest {

    private final NpmInstallPinsVersions rule = new NpmInstallPinsVersions();

    @ParameterizedTest
    @ValueSource(strings = {"npm install express", "npm install @myorg/privatepackage",
        "npm install express sax@0.1.1", "npm install --global express",
        "npm install git+ssh://git@github.com:npm/npm.git", "npm install git+http://isaacs@github.com/npm/npm",
        "npm install git+https://isaacs@github.com/npm/npm.git", "npm install git://github.com/npm/npm.git",
        "npm install --registry https://example.com express", "npm install --registry=https://example.com express",
        "npm install --omit dev express"})
    void unpinnedPackageFires(String command) {
        assertEquals(List.of(2), lines(rule, "FROM node:20", "RUN " + command));
    }

    @Test
    void onbuildRunFiresAtTheOnbuild() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM node:20", "ONBUILD RUN npm install express"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"npm install", "npm install --progress=false", "npm install express@4.1.1",
        "npm install @myorg/privatepackage@\">=0.1.0\"", "npm install @myorg/privatepackage@\">=0.1.0 <0.2.0\"",
        "npm install express@\"4.1.1\" sax@0.1.1", "npm install -g express@\"4.1.1\"",
        "npm install package-v1.2.3.tar", "npm install package-v1.2.3.tar.gz", "npm install package-v1.2.3.tgz",
        "npm install /folder", "npm install ./folder", "npm install ../folder", "npm install ~/folder",
        "npm install git+ssh://git@github.com:npm/npm.git#v1.0.27",
        "npm install git+http://isaacs@github.com/npm/npm#semver:^5.0",
        "npm install git://github.com/npm/npm.git#v1.0.27", "npm run --crazy install",
        "npm install --loglevel verbose sax@0.1.1", "npm ci", "npm install --omit dev"})
    void pinnedPackagesOrPackageJsonDoNotFire(String command) {
        assertEquals(List.of(), positions(rule, "FROM node:20", "RUN " + command));
    }
}
