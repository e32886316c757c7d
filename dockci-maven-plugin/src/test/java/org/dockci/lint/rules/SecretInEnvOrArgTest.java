package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.dockci.lint.rules.RuleCheck.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretInEnvOrArgTest {

    private final SecretInEnvOrArg rule = new SecretInEnvOrArg();

    @ParameterizedTest
    @ValueSource(strings = {"DB_PASSWORD", "GITLAB_TOKEN", "AWS_SECRET_ACCESS_KEY", "MYSQL_ROOT_PASSWORD", "API_KEY",
        "APIKEY", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIALS", "SMTP_PASS", "LDAP_PASSWD", "GPG_PASSPHRASE",
        "CLIENT_SECRET", "dbPassword", "githubToken", "ApiKey", "client-secret", "npm.token", "KEY", "SSH_KEY",
        "MYSQL_PWD", "SECRET_KEY_BASE", "API_KEY_2", "TOKEN2", "GPG_PRIVATE_KEY", "JWT_SECRET", "PASSWORD"})
    void secretNamesAreRecognised(String name) {
        assertTrue(SecretInEnvOrArg.isSecretName(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KEYBOARD", "MONKEY", "PASSWORD_FILE", "DB_PASSWORD_FILE", "SSH_KEY_FILE", "TLS_KEY_PATH",
        "TOKEN_URL", "SECRETS_DIR", "SECRET_NAME", "AWS_ACCESS_KEY_ID", "TOKEN_TTL", "PASSWORD_MIN_LENGTH", "PWD",
        "GPG_KEY", "GPG_KEYS", "PUBLIC_KEY", "SSH_PUB_KEY", "CACHE_KEY", "PASSENGER_APP_ENV", "BYPASS_PROXY",
        "KEYCLOAK_VERSION", "TOKENIZER_MODEL", "PATH", "JAVA_HOME", "PASS_THROUGH"})
    void otherNamesAreNotSecrets(String name) {
        assertFalse(SecretInEnvOrArg.isSecretName(name), name);
    }

    @Test
    void envWithALiteralSecretIsReportedByNameNotByValue() {
        List<Violation> found = violations(rule, "FROM debian:12", "ENV DB_PASSWORD=hunter2");

        assertEquals(List.of(at(2, 1)), found.stream().map(Violation::position).toList());
        assertTrue(found.get(0).message().contains("DB_PASSWORD"), found.get(0).message());
        assertFalse(found.get(0).message().contains("hunter2"), found.get(0).message());
        assertEquals(Severity.ERROR, rule.severity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENV DB_PASSWORD hunter2", "ENV DB_PASSWORD=\"hunter 2\"", "ENV DB_PASSWORD='s3cr3t'",
        "ENV GITLAB_TOKEN=glpat-abc DEBUG=1", "ENV DB_PASSWORD=${DB_PASSWORD:-changeme}",
        "ENV AUTH_TOKEN=\"Bearer $TOKEN\""})
    void literalValuesAreReported(String env) {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12", env));
    }

    @Test
    void eachSecretOfAnEnvIsReported() {
        List<Violation> found = violations(rule, "FROM debian:12", "ENV DEBUG=1 DB_PASSWORD=x GITLAB_TOKEN=y");

        assertEquals(2, found.size());
        assertTrue(found.get(0).message().startsWith("ENV DB_PASSWORD "), found.get(0).message());
        assertTrue(found.get(1).message().startsWith("ENV GITLAB_TOKEN "), found.get(1).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENV DB_PASSWORD=$DB_PASSWORD", "ENV DB_PASSWORD=${DB_PASSWORD}",
        "ENV DB_PASSWORD=\"${DB_PASSWORD}\"", "ENV DB_PASSWORD=\"\"", "ENV DB_PASSWORD_FILE=/run/secrets/db",
        "ENV GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json", "ENV REQUIRE_PASSWORD=true",
        "ENV KEYBOARD=us", "LABEL api_key=abc"})
    void variablesEmptyValuesPathsAndOtherNamesAreFine(String instruction) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", instruction));
    }

    @Test
    void argWithALiteralDefaultIsReportedWithTheHistoryWarning() {
        List<Violation> found = violations(rule, "FROM debian:12", "ARG NPM_TOKEN=npm_abc123");

        assertEquals(List.of(at(2, 1)), found.stream().map(Violation::position).toList());
        assertTrue(found.get(0).message().startsWith("ARG NPM_TOKEN "), found.get(0).message());
        assertTrue(found.get(0).message().contains("image history"), found.get(0).message());
        assertFalse(found.get(0).message().contains("npm_abc123"), found.get(0).message());
    }

    @Test
    void globalArgWithALiteralDefaultIsReported() {
        assertEquals(List.of(at(1, 1)), positions(rule, "ARG REGISTRY_PASSWORD=admin", "FROM debian:12"));
    }

    @Test
    void argWithoutDefaultIsFine() {
        assertEquals(List.of(), positions(rule, "ARG NPM_TOKEN", "FROM debian:12", "ARG DB_PASSWORD",
                "ARG GITLAB_TOKEN="));
    }

    @Test
    void onbuildEnvIsReported() {
        assertEquals(1, violations(rule, "FROM debian:12", "ONBUILD ENV DB_PASSWORD=hunter2").size());
    }
}
