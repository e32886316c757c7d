package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoSensitiveNameInArgOrEnvTest {

    private final NoSensitiveNameInArgOrEnv rule = new NoSensitiveNameInArgOrEnv();

    @ParameterizedTest
    @ValueSource(strings = {"AWS_ACCESS_KEY_ID", "openai_api_key", "GITHUB_TOKEN", "my_password", "DB_Secret",
        "PRIVATE_KEY_PATH", "REGISTRY_USERNAME", "STRIPE_DEVICE_NAME"})
    void sensitiveNameFiresInArgAndEnvWithOrWithoutValue(String name) {
        assertEquals(List.of(at(1, 1), at(3, 1), at(4, 1)), positions(rule,
                "ARG " + name, "FROM debian:12", "ARG " + name + "=x", "ENV " + name + "=abcdefghijklmnopqrstuvwxyz"));
    }

    @Test
    void onbuildArgAndEnvFire() {
        assertEquals(List.of(at(2, 1), at(3, 1)), positions(rule, "FROM debian:12",
                "ONBUILD ARG NPM_TOKEN", "ONBUILD ENV A=1 API_KEY=2"));
    }

    @Test
    void otherNamesDoNotFire() {
        assertEquals(List.of(), positions(rule, "ARG foobar", "FROM debian:12", "ENV foobar=barfoo PATH=/bin",
                "ARG VERSION=1", "ENV GPG_KEYS=ABCDEF", "RUN echo $PASSWORD"));
    }
}
