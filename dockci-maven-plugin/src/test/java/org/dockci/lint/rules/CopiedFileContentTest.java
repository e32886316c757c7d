package org.dockci.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dockci.lint.rules.CopiedFileContent.NotSecret;
import org.dockci.lint.rules.CopiedFileContent.Secret;
import org.dockci.lint.rules.CopiedFileContent.Unknown;
import org.dockci.lint.rules.CopiedFileContent.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What DC2001 reads in a copied file: real-shaped keys made by the test, never committed. */
class CopiedFileContentTest {

    private static Verdict of(String text, String path) {
        return CopiedFileContent.of(text.getBytes(StandardCharsets.UTF_8), path);
    }

    private static Verdict of(Path file, String path) throws IOException {
        return CopiedFileContent.of(file, path);
    }

    @Test
    void pkcs8PrivateKeyIsASecretWhateverItsName() {
        assertEquals(new Secret("a private key"), of(TestKeys.privateKeyPem(), "deploy"));
        assertEquals(new Secret("a private key"), of(TestKeys.privateKeyPem(), "server.crt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSA PRIVATE KEY", "EC PRIVATE KEY", "DSA PRIVATE KEY"})
    void traditionalPrivateKeyLabelsAreSecrets(String label) {
        Verdict verdict = of(TestKeys.pem(label, TestKeys.rsa().getPrivate().getEncoded()), "tls.key");

        assertInstanceOf(Secret.class, verdict);
    }

    @Test
    void openSshAndEncryptedPrivateKeysAreSecrets() {
        assertEquals(new Secret("an OpenSSH private key"), of(TestKeys.openSshPrivateKey(), ".ssh/id_ed25519"));
        assertEquals(new Secret("an encrypted private key"), of(TestKeys.encryptedPrivateKeyPem(), "key.pem"));
    }

    @Test
    void derPrivateKeyIsASecret() {
        assertEquals(new Secret("a private key (PKCS#8 DER)"),
                CopiedFileContent.of(TestKeys.rsa().getPrivate().getEncoded(), "server.der"));
        assertEquals(new Secret("a private key (PKCS#8 DER)"),
                CopiedFileContent.of(TestKeys.ed25519().getPrivate().getEncoded(), "signing"));
    }

    @Test
    void publicKeysCertificatesAndKeyringsAreNotSecrets() throws IOException {
        assertEquals(new NotSecret("public key"), of(TestKeys.publicKeyPem(), "server.key"));
        assertEquals(new NotSecret("an SSH public key"), of(TestKeys.openSshPublicKey(), "id_ed25519.pub"));
        assertEquals(new NotSecret("pgp public key block"), of(TestKeys.openPgpPublicKeyBlock(), "jenkins.io.key"));
        assertEquals(new NotSecret("an OpenPGP public keyring"),
                CopiedFileContent.of(TestKeys.openPgpPublicKeyring(), "keyrings/jenkins.gpg"));
        assertEquals(new NotSecret("certificate"), of(TestKeys.certificatePem(), "tls.key"));
        assertEquals(new NotSecret("a certificate"), of(TestKeys.certificateDer(), "ca.der"));
        assertEquals(new NotSecret("a public key"),
                CopiedFileContent.of(TestKeys.rsa().getPublic().getEncoded(), "rsa.pub.der"));
    }

    @Test
    void keyStoresHoldingAKeyAreSecretsTrustStoresAreNot() throws IOException {
        assertEquals(new Secret("a PKCS#12 key store holding a private key"), of(TestKeys.pkcs12KeyStore(), "a.p12"));
        assertEquals(new Secret("a Java key store holding a private or secret key"),
                of(TestKeys.jksKeyStore(), "keystore.jks"));
        assertEquals(new NotSecret("a Java trust store of certificates only"),
                of(TestKeys.jksTrustStore(), "cacerts"));
        // keytool encrypts a PKCS#12 store's certificates: a key could hide there too, so it cannot tell
        assertEquals(new Unknown(), of(TestKeys.pkcs12TrustStore(), "truststore.p12"));
    }

    @Test
    void awsCredentialsAreASecretWhateverTheFileIsCalled() {
        String credentials = """
                [default]
                aws_access_key_id = AKIAIOSFODNN7EXAMPLE
                aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
                """;

        assertEquals(new Secret("AWS credentials (aws_secret_access_key)"), of(credentials, ".aws/credentials"));
        assertEquals(new Secret("AWS credentials (aws_secret_access_key)"), of(credentials, "ci/aws.ini"));
        assertEquals(new NotSecret("settings without credentials"),
                of("[default]\nregion = eu-west-1\noutput = json\n", ".aws/credentials"));
    }

    @Test
    void gcpServiceAccountKeyIsASecret() throws IOException {
        String json = new ObjectMapper().writeValueAsString(Map.of("type", "service_account", "project_id", "demo",
                "private_key_id", "0123456789abcdef", "private_key", TestKeys.privateKeyPem(),
                "client_email", "ci@demo.iam.gserviceaccount.com"));

        assertEquals(new Secret("a GCP service-account key (private_key)"), of(json, "gcp.json"));
    }

    @Test
    void dockerConfigIsASecretOnlyWithAuths() {
        assertEquals(new Secret("registry credentials (Docker's auths.auth)"),
                of("{\"auths\": {\"registry.example.org\": {\"auth\": \"dXNlcjpwYXNz\"}}}", ".docker/config.json"));
        assertEquals(new NotSecret("a Docker client configuration without credentials"),
                of("{\"auths\": {\"registry.example.org\": {}}, \"credsStore\": \"pass\"}", ".docker/config.json"));
    }

    @Test
    void envFileIsASecretWhenItAssignsASecretLookingName() {
        assertEquals(new Secret("a secret setting (DB_PASSWORD)"),
                of("# app settings\nNODE_ENV=production\nexport DB_PASSWORD='s3cr3t'\n", ".env"));
        assertEquals(new Secret("a password in a URL"),
                of("DATABASE_URL=postgres://app:s3cr3t@db:5432/app\n", "config/.env.production"));
        assertEquals(new NotSecret("settings without credentials"),
                of("NODE_ENV=production\nPORT=8080\nDB_PASSWORD=\nAPI_TOKEN=${API_TOKEN}\n", ".env"));
    }

    @Test
    void credentialFilesAreSecretsOnlyWithCredentials() {
        assertEquals(new Secret("a secret setting (//registry.npmjs.org/:_authToken)"),
                of("registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=npm_abc123\n", ".npmrc"));
        assertEquals(new NotSecret("settings without credentials"),
                of("registry=https://npm.example.org/\nfund=false\n", ".npmrc"));
        assertEquals(new Secret("a password (.netrc)"),
                of("machine github.com login ci password ghp_abc123\n", ".netrc"));
        assertEquals(new Secret("a password in a URL"), of("https://ci:ghp_abc123@github.com\n", ".git-credentials"));
        assertEquals(new Secret("a password (.pgpass)"), of("db:5432:app:app:s3cr3t\n", ".pgpass"));
        assertEquals(new Secret("a secret setting (token)"),
                of("apiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n    token: eyJhbGciOi\n", ".kube/config"));
    }

    @Test
    void assignmentsInOtherFilesAreNotJudged() {
        // a default in an application's configuration is too often an example to fail a build for it
        assertEquals(new Unknown(), of("admin_password = changeme\n", "app.conf"));
        assertEquals(new Unknown(), of("DB_PASSWORD=example\n", ".env.example"));
    }

    @Test
    void binaryAndPlainFilesAreUnknown() {
        byte[] junk = new byte[4096];
        new Random(5).nextBytes(junk);
        junk[0] = 'P';
        junk[1] = 'K';

        assertEquals(new Unknown(), CopiedFileContent.of(junk, "app.jar"));
        assertEquals(new Unknown(), of("#!/bin/sh\nexec \"$@\"\n", "entrypoint.sh"));
        assertEquals(new Unknown(), of("", "empty.key"));
    }

    @Test
    void onlyTheHeadOfABigFileIsRead(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        String filler = "# padding\n".repeat(CopiedFileContent.READ_LIMIT / 10 + 1);
        Path late = Files.writeString(folder.resolve("notes.txt"), filler + TestKeys.privateKeyPem());
        Path early = Files.writeString(folder.resolve("bundle.pem"), TestKeys.privateKeyPem() + filler);

        assertEquals(new Unknown(), of(late, "notes.txt"));
        assertEquals(new Secret("a private key"), of(early, "bundle.pem"));
    }
}
