package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.dockci.lint.rules.RuleCheck.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dockci.lint.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretFileCopiedTest {

    private final SecretFileCopied rule = new SecretFileCopied();

    @ParameterizedTest
    @ValueSource(strings = {"id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ed25519_sk", "keys/id_rsa_deploy",
        "home/.ssh/id_ed25519", "server.key", "certs/tls.KEY", "*.key", "key.pem", "privkey.pem", "tls-key.pem",
        "server_key.pem", "private.pem", "client.p12", "cert.pfx", ".env", ".env.production", "config/.env",
        ".netrc", ".npmrc", ".pypirc", ".git-credentials", ".pgpass", ".dockercfg", ".docker/config.json",
        "home/.aws/credentials", ".kube/config", ".ssh", ".ssh/", "~/.ssh", ".gnupg/", ".aws", ".docker/", ".kube"})
    void privateKeysAndCredentialFilesAreRecognised(String path) {
        assertTrue(SecretFileCopied.isSecretFile(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id_rsa.pub", ".ssh/id_ed25519.pub", "cert.pem", "fullchain.pem", "chain.pem", "ca.pem",
        "server.crt", ".env.example", ".env.sample", ".env.template", ".env.dist", ".envrc", "htpasswd",
        ".htpasswd", ".ssh/known_hosts", ".ssh/config", ".ssh/authorized_keys", "config.json", ".aws/config",
        "keyboard.txt", "monkey.png", "app.jar", "src/", ".", "keys/", "credentials.md"})
    void otherFilesAreNot(String path) {
        assertFalse(SecretFileCopied.isSecretFile(path), path);
    }

    @Test
    void copyOfAPrivateKeyIsReportedNamingTheSource() {
        List<Violation> found = violations(rule, "FROM debian:12", "COPY id_rsa /root/.ssh/id_rsa");

        assertEquals(List.of(at(2, 1)), found.stream().map(Violation::position).toList());
        assertTrue(found.get(0).message().startsWith("COPY of id_rsa "), found.get(0).message());
    }

    @Test
    void eachSecretSourceIsReported() {
        assertEquals(2, violations(rule, "FROM debian:12", "COPY app.jar .env tls.key /opt/app/").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADD .npmrc /root/", "COPY [\".env\", \"/app/\"]", "COPY --chown=app \".netrc\" /home/app/",
        "ADD https://example.com/keys/server.key /etc/ssl/private/"})
    void addExecFormAndQuotedSourcesAreChecked(String instruction) {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12", instruction));
    }

    @Test
    void copyFromAnotherStageIsNotChecked() {
        assertEquals(List.of(), positions(rule,
                "FROM debian:12 AS keys",
                "RUN ssh-keygen -f /id_rsa",
                "FROM debian:12",
                "COPY --from=keys /id_rsa /root/.ssh/"));
    }

    @Test
    void onbuildCopyIsReported() {
        assertEquals(1, violations(rule, "FROM debian:12", "ONBUILD COPY .env /app/").size());
    }

    @Test
    void heredocIsNotAFile() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "COPY <<EOF /app/.env.example", "A=1", "EOF"));
    }
}
