package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.lines;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoInstallPinsVersionsTest {

    private final GoInstallPinsVersions rule = new GoInstallPinsVersions();

    @ParameterizedTest
    @ValueSource(strings = {"go install example.com/pkg", "go install example.com/pkg@latest",
        "go get example.com/pkg", "go get example.com/pkg@latest", "go get -tool foobar",
        "go get -tool foobar@latest", "go run example.com/pkg", "go run example.com/pkg@latest",
        "go install -tags netgo example.com/pkg", "go run ./cmd/gen && go install example.com/pkg"})
    void unpinnedOrLatestModuleFires(String command) {
        assertEquals(List.of(2), lines(rule, "FROM golang:1.22", "RUN " + command));
    }

    @Test
    void onbuildRunFiresAtTheOnbuild() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM golang:1.22", "ONBUILD RUN go install example.com/pkg"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"go install example.com/pkg@v1.2.3", "go install /go/app/foobar",
        "go install ./app/foobar", "go install .", "go get example.com/pkg@v1.2.3", "go get -tool foobar@v1.2.3",
        "go run example.com/pkg@v1.2.3", "go run example.com/pkg@v1.2.3 -f", "go run example.com/pkg@v1.2.3 --foobar",
        "go run example.com/pkg@v1.2.3 foobar", "go run example.com/pkg@v1.2.3 --foo bar", "go run /go/app/foobar",
        "go run ./app/foobar", "go run .", "go run main.go", "go install -ldflags \"-s -w\" -tags netgo ./cmd/app",
        "go get example.com/old@none", "go build -o /app ./cmd/app", "go install"})
    void pinnedOrLocalPackagesDoNotFire(String command) {
        assertEquals(List.of(), positions(rule, "FROM golang:1.22", "RUN " + command));
    }
}
