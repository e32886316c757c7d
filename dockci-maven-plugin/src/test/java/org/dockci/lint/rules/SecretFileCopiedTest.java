package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.dockci.lint.rules.RuleCheck.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.dockci.lint.BuildContext;
import org.dockci.lint.Finding;
import org.dockci.lint.LintConfig;
import org.dockci.lint.LintedFile;
import org.dockci.lint.Linter;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.lint.RuleInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    // --- with the build context: what the files hold decides

    @TempDir
    Path context;

    private Path file(String path, String content) throws IOException {
        Path file = context.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private Path file(String path, byte[] content) throws IOException {
        Path file = context.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    /** What the rule reports on the Dockerfile of these lines, written in the context. */
    private List<Violation> inContext(String... lines) throws IOException {
        String text = String.join("\n", lines) + "\n";
        Path dockerfile = file("Dockerfile", text);
        return new SecretFileCopied(BuildContext.of(dockerfile)).check(new RuleInput(RuleCheck.parse(text)));
    }

    private static List<Severity> severities(List<Violation> violations) {
        return violations.stream().map(Violation::severity).toList();
    }

    @Test
    void jenkinsShapedDockerfilePassesTheBuild() throws IOException {
        // a public signing key copied then imported, and a repository key downloaded from a public URL
        file("jenkins.io.key", TestKeys.openPgpPublicKeyBlock());
        String[] lines = {"FROM debian:bookworm-slim",
            "COPY jenkins.io.key /usr/share/keyrings/jenkins.io.key",
            "RUN gpg --import /usr/share/keyrings/jenkins.io.key",
            "ADD https://download.opensuse.org/repositories/devel:/tools/Debian_12/Release.key /tmp/Release.key"};
        Path dockerfile = file("Dockerfile", String.join("\n", lines) + "\n");
        LintConfig config = LintConfig.DEFAULTS;

        LintedFile linted = new Linter(Rules.all(config, BuildContext.of(dockerfile)), config)
                .lint("Dockerfile", RuleCheck.parse(Files.readString(dockerfile)));

        List<Finding> found = linted.findingsOf("DC2001");
        assertEquals(1, found.size(), found::toString);
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(at(4, 1), found.get(0).position());
        assertTrue(found.get(0).message().startsWith("ADD of https://download.opensuse.org/repositories/devel:/tools/"
                + "Debian_12/Release.key is named like a private key or credential file, judged by its name only as"
                + " dockci cannot read what the URL serves"), found.get(0).message());
        assertFalse(linted.failsBuild());
    }

    @Test
    void privateKeyInTheContextIsAnErrorWhateverItsName() throws IOException {
        file("deploy", TestKeys.privateKeyPem());
        file("id_ed25519", TestKeys.openSshPrivateKey());

        List<Violation> found = inContext("FROM debian:12", "COPY deploy id_ed25519 /root/.ssh/");

        assertEquals(Arrays.asList(null, null), severities(found));
        assertTrue(found.get(0).message().startsWith("COPY of deploy puts a private key into the image, readable by"),
                found.get(0).message());
        assertTrue(found.get(1).message().startsWith("COPY of id_ed25519 puts an OpenSSH private key into the image"),
                found.get(1).message());
    }

    @Test
    void publicKeysAndCertificatesNamedLikeKeysAreFine() throws IOException {
        file("server.key", TestKeys.publicKeyPem());
        file("keys/id_rsa", TestKeys.openSshPublicKey());
        file("tls-key.pem", Files.readString(TestKeys.certificatePem()));
        file("keyring.key", TestKeys.openPgpPublicKeyring());

        assertEquals(List.of(), inContext("FROM debian:12",
                "COPY server.key keys/id_rsa tls-key.pem keyring.key /etc/keys/"));
    }

    @Test
    void encryptedKeyAndKeyStoreWithAKeyAreErrors() throws IOException {
        file("tls.key", TestKeys.encryptedPrivateKeyPem());
        file("client.p12", Files.readAllBytes(TestKeys.pkcs12KeyStore()));

        List<Violation> found = inContext("FROM debian:12", "COPY tls.key client.p12 /etc/tls/");

        assertEquals(Arrays.asList(null, null), severities(found));
        assertTrue(found.get(1).message().contains("puts a PKCS#12 key store holding a private key into the image"));
    }

    @Test
    void credentialFilesAreErrorsOnlyWhenTheyHoldCredentials() throws IOException {
        file(".env", "NODE_ENV=production\nDB_PASSWORD=s3cr3t\n");
        file(".npmrc", "registry=https://npm.example.org/\n");
        file("aws/credentials", "[default]\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");

        List<Violation> found = inContext("FROM node:22", "COPY .env .npmrc /app/", "COPY aws/credentials /root/.aws/");

        assertEquals(2, found.size(), found::toString);
        assertTrue(found.get(0).message().startsWith("COPY of .env puts a secret setting (DB_PASSWORD) into"));
        assertTrue(found.get(1).message().startsWith("COPY of aws/credentials puts AWS credentials"));
    }

    @Test
    void missingOutsideOrIgnoredFilesAreJudgedByNameAsWarnings() throws IOException {
        file(".dockerignore", ".env\n");
        file(".env", "DB_PASSWORD=s3cr3t\n");

        List<Violation> found = inContext("FROM debian:12", "COPY id_rsa /root/.ssh/", "COPY ../secrets/tls.key /etc/",
                "COPY .env /app/", "COPY ${KEY_FILE}.key /etc/");

        assertEquals(List.of(Severity.WARNING, Severity.WARNING, Severity.WARNING, Severity.WARNING),
                severities(found));
        assertTrue(found.get(0).message().contains("judged by its name only as it is not in the build context "
                + context + " (missing, outside it, or left out by .dockerignore)"), found.get(0).message());
        assertTrue(found.get(3).message().contains("as dockci does not expand the variable in it"));
    }

    @Test
    void unrecognisedContentNamedLikeASecretIsAWarning() throws IOException {
        file("session.key", "3f9a1c0e7b2d4e6f8a0b1c2d3e4f5a6b\n");
        file("notes.txt", "nothing to see\n");

        List<Violation> found = inContext("FROM debian:12", "COPY session.key notes.txt /etc/app/");

        assertEquals(List.of(Severity.WARNING), severities(found));
        assertTrue(found.get(0).message().contains("judged by its name only as its content is no key, certificate or"
                + " credentials format dockci knows"), found.get(0).message());
    }

    @Test
    void copiedFolderIsLookedIntoForFilesNamedLikeSecrets() throws IOException {
        file(".ssh/id_ed25519", TestKeys.openSshPrivateKey());
        file(".ssh/id_ed25519.pub", TestKeys.openSshPublicKey());
        file(".ssh/known_hosts", "github.com " + TestKeys.openSshPublicKey());
        file("app/config/.env", "API_TOKEN=abc123\n");
        // not named like a secret: not read, even though it holds a key
        file("app/fixtures/sample.txt", TestKeys.privateKeyPem());

        List<Violation> found = inContext("FROM debian:12", "COPY .ssh /root/.ssh", "COPY . /srv/");

        assertEquals(3, found.size(), found::toString);
        assertTrue(found.get(0).message().startsWith("COPY of .ssh puts an OpenSSH private key (.ssh/id_ed25519)"
                + " into the image"), found.get(0).message());
        assertTrue(found.stream().anyMatch(violation -> violation.message().startsWith(
                "COPY of . puts a secret setting (API_TOKEN) (app/config/.env) into the image")), found::toString);
    }

    @Test
    void folderWithOnlyPublicKeysAndIgnoredSecretsIsFine() throws IOException {
        file(".dockerignore", "**/.env\nsecrets/\n");
        file("app/.env", "API_TOKEN=abc123\n");
        file("secrets/id_rsa", TestKeys.privateKeyPem());
        file("gnupg/pubring.kbx", new byte[] {0, 0, 0, 32, 1, 1, 0, 0, 'K', 'B', 'X', 'f', 0, 0, 0, 0});
        file("gnupg/trusted.gpg", TestKeys.openPgpPublicKeyring());

        assertEquals(List.of(), inContext("FROM debian:12", "COPY . /srv/", "COPY gnupg /root/.gnupg"));
    }

    @Test
    void globIsExpandedInTheContext() throws IOException {
        file("keys/a.key", TestKeys.privateKeyPem());
        file("keys/b.key", TestKeys.publicKeyPem());
        file("keys/c.txt", TestKeys.privateKeyPem());

        List<Violation> found = inContext("FROM debian:12", "COPY keys/*.key /etc/keys/");

        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().startsWith("COPY of keys/*.key puts a private key (keys/a.key) into"),
                found.get(0).message());
    }

    @Test
    void withoutAContextNamesAloneGiveWarnings() {
        List<Violation> found = violations(rule, "FROM debian:12", "COPY id_rsa .env /root/");

        assertEquals(List.of(Severity.WARNING, Severity.WARNING), severities(found));
        assertTrue(found.get(0).message().contains("as dockci was given no build context to read it in"));
    }
}
