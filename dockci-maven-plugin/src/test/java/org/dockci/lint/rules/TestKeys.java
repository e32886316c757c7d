package org.dockci.lint.rules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;

/**
 * Real-shaped keys, made fresh by each test run and never committed: PEM and DER encodings of JDK
 * key pairs, an OpenSSH private key and public key line, OpenPGP public keys (armored and as a binary
 * keyring), and key stores and certificates made by the JDK's {@code keytool}.
 */
final class TestKeys {

    private static KeyPair rsa;
    private static KeyPair ed25519;
    private static Path keytoolOutput;

    private TestKeys() {
    }

    static synchronized KeyPair rsa() {
        if (rsa == null) {
            rsa = generate("RSA", 2048);
        }
        return rsa;
    }

    static synchronized KeyPair ed25519() {
        if (ed25519 == null) {
            ed25519 = generate("Ed25519", 0);
        }
        return ed25519;
    }

    /** {@code der} in a PEM block labelled {@code label}, lines of 64 characters, as OpenSSL writes it. */
    static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    /** The RSA private key as {@code openssl genpkey} writes it (PKCS#8, PEM). */
    static String privateKeyPem() {
        return pem("PRIVATE KEY", rsa().getPrivate().getEncoded());
    }

    /** The RSA public key as {@code openssl pkey -pubout} writes it. */
    static String publicKeyPem() {
        return pem("PUBLIC KEY", rsa().getPublic().getEncoded());
    }

    /** The RSA private key encrypted with a passphrase (PKCS#8 EncryptedPrivateKeyInfo, PEM). */
    static String encryptedPrivateKeyPem() {
        try {
            // a PKCS#12 PBE scheme, which the JDK can name in an EncryptedPrivateKeyInfo
            String algorithm = "PBEWithSHA1AndDESede";
            byte[] salt = new byte[8];
            new SecureRandom().nextBytes(salt);
            PBEParameterSpec parameters = new PBEParameterSpec(salt, 10_000);
            Cipher cipher = Cipher.getInstance(algorithm);
            cipher.init(Cipher.ENCRYPT_MODE,
                    SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec("passphrase".toCharArray())),
                    parameters);
            byte[] encrypted = cipher.doFinal(rsa().getPrivate().getEncoded());
            return pem("ENCRYPTED PRIVATE KEY", new EncryptedPrivateKeyInfo(cipher.getParameters(), encrypted)
                    .getEncoded());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Ed25519 key as {@code ssh-keygen -t ed25519} writes it: openssh-key-v1, not encrypted. */
    static String openSshPrivateKey() {
        byte[] publicKey = rawEd25519Public();
        byte[] seed = rawEd25519Seed();
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        blob.writeBytes("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII));
        writeString(blob, "none".getBytes(StandardCharsets.US_ASCII));
        writeString(blob, "none".getBytes(StandardCharsets.US_ASCII));
        writeString(blob, new byte[0]);
        writeInt(blob, 1);
        writeString(blob, sshPublicBlob(publicKey));
        ByteArrayOutputStream secret = new ByteArrayOutputStream();
        int check = new SecureRandom().nextInt();
        writeInt(secret, check);
        writeInt(secret, check);
        writeString(secret, "ssh-ed25519".getBytes(StandardCharsets.US_ASCII));
        writeString(secret, publicKey);
        byte[] both = Arrays.copyOf(seed, 64);
        System.arraycopy(publicKey, 0, both, 32, 32);
        writeString(secret, both);
        writeString(secret, "dev@example.org".getBytes(StandardCharsets.US_ASCII));
        for (int pad = 1; secret.size() % 8 != 0; pad++) {
            secret.write(pad);
        }
        writeString(blob, secret.toByteArray());
        String body = Base64.getMimeEncoder(70, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(blob.toByteArray());
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----\n";
    }

    /** The Ed25519 public key as an {@code id_ed25519.pub} or {@code authorized_keys} line. */
    static String openSshPublicKey() {
        return "ssh-ed25519 " + Base64.getEncoder().encodeToString(sshPublicBlob(rawEd25519Public()))
                + " dev@example.org\n";
    }

    /** An OpenPGP v4 EdDSA public key and user ID, binary, as {@code gpg --export} or {@code --dearmor} writes them. */
    static byte[] openPgpPublicKeyring() {
        ByteArrayOutputStream key = new ByteArrayOutputStream();
        key.write(4);
        writeInt(key, 1_700_000_000);
        key.write(22); // EdDSA
        byte[] oid = {0x2B, 0x06, 0x01, 0x04, 0x01, (byte) 0xDA, 0x47, 0x0F, 0x01};
        key.write(oid.length);
        key.writeBytes(oid);
        key.write(0x01);
        key.write(0x07); // 263 bits: 0x40 then the 32-byte point
        key.write(0x40);
        key.writeBytes(rawEd25519Public());
        ByteArrayOutputStream packets = new ByteArrayOutputStream();
        packets.write(0x99); // old format, tag 6 (public key), two-octet length
        packets.write(key.size() >> 8);
        packets.write(key.size() & 0xFF);
        packets.writeBytes(key.toByteArray());
        byte[] userId = "Jenkins Project <jenkinsci-board@googlegroups.com>".getBytes(StandardCharsets.UTF_8);
        packets.write(0xB4); // old format, tag 13 (user ID), one-octet length
        packets.write(userId.length);
        packets.writeBytes(userId);
        return packets.toByteArray();
    }

    /** {@link #openPgpPublicKeyring()} ASCII-armored, as {@code gpg --armor --export} writes it. */
    static String openPgpPublicKeyBlock() {
        byte[] packets = openPgpPublicKeyring();
        int crc = crc24(packets);
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(packets);
        String checksum = Base64.getEncoder().encodeToString(new byte[] {(byte) (crc >> 16), (byte) (crc >> 8),
            (byte) crc});
        return "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + body + "\n=" + checksum
                + "\n-----END PGP PUBLIC KEY BLOCK-----\n";
    }

    /** A PKCS#12 key store holding a private key and its self-signed certificate, made by keytool. */
    static Path pkcs12KeyStore() {
        return keytoolOutput().resolve("server.p12");
    }

    /** A PKCS#12 trust store holding only that certificate, made by keytool. */
    static Path pkcs12TrustStore() {
        return keytoolOutput().resolve("truststore.p12");
    }

    /** A JKS key store holding a private key, made by keytool. */
    static Path jksKeyStore() {
        return keytoolOutput().resolve("server.jks");
    }

    /** A JKS trust store holding only the certificate, made by keytool. */
    static Path jksTrustStore() {
        return keytoolOutput().resolve("truststore.jks");
    }

    /** The self-signed certificate, PEM, as {@code keytool -exportcert -rfc} writes it. */
    static Path certificatePem() {
        return keytoolOutput().resolve("server.crt");
    }

    /** The self-signed certificate, DER. */
    static Path certificateDer() {
        return keytoolOutput().resolve("server.der");
    }

    private static synchronized Path keytoolOutput() {
        if (keytoolOutput != null) {
            return keytoolOutput;
        }
        try {
            Path folder = Files.createTempDirectory("dockci-test-keys");
            folder.toFile().deleteOnExit();
            String dname = "CN=registry.example.org";
            keytool(folder, "-genkeypair", "-keyalg", "EC", "-groupname", "secp256r1", "-alias", "server", "-dname",
                    dname, "-validity", "2", "-storetype", "PKCS12", "-keystore", "server.p12", "-storepass", "changeit");
            keytool(folder, "-genkeypair", "-keyalg", "EC", "-groupname", "secp256r1", "-alias", "server", "-dname",
                    dname, "-validity", "2", "-storetype", "JKS", "-keystore", "server.jks", "-storepass", "changeit",
                    "-keypass", "changeit");
            keytool(folder, "-exportcert", "-rfc", "-alias", "server", "-keystore", "server.p12", "-storepass",
                    "changeit", "-file", "server.crt");
            keytool(folder, "-exportcert", "-alias", "server", "-keystore", "server.p12", "-storepass", "changeit",
                    "-file", "server.der");
            keytool(folder, "-importcert", "-noprompt", "-alias", "ca", "-file", "server.crt", "-storetype", "PKCS12",
                    "-keystore", "truststore.p12", "-storepass", "changeit");
            keytool(folder, "-importcert", "-noprompt", "-alias", "ca", "-file", "server.crt", "-storetype", "JKS",
                    "-keystore", "truststore.jks", "-storepass", "changeit");
            for (String made : List.of("server.p12", "server.jks", "server.crt", "server.der", "truststore.p12",
                    "truststore.jks")) {
                folder.resolve(made).toFile().deleteOnExit();
            }
            keytoolOutput = folder;
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keytool(Path folder, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        try {
            // keytool asks on stdin for what it lacks: with nothing to read it fails rather than waits
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool " + String.join(" ", arguments) + " did not end in 60 s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + String.join(" ", arguments) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate(String algorithm, int size) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (size > 0) {
                generator.initialize(size);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 32 bytes of the Ed25519 public key: the end of its X.509 encoding. */
    private static byte[] rawEd25519Public() {
        byte[] encoded = ed25519().getPublic().getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    /** The 32-byte seed of the Ed25519 private key: the end of its PKCS#8 encoding. */
    private static byte[] rawEd25519Seed() {
        byte[] encoded = ed25519().getPrivate().getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    private static byte[] sshPublicBlob(byte[] publicKey) {
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        writeString(blob, "ssh-ed25519".getBytes(StandardCharsets.US_ASCII));
        writeString(blob, publicKey);
        return blob.toByteArray();
    }

    private static void writeString(ByteArrayOutputStream out, byte[] value) {
        writeInt(out, value.length);
        out.writeBytes(value);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(value).array());
    }

    /** OpenPGP's armor checksum (RFC 4880, 6.1). */
    private static int crc24(byte[] data) {
        int crc = 0xB704CE;
        for (byte b : data) {
            crc ^= (b & 0xFF) << 16;
            for (int i = 0; i < 8; i++) {
                crc <<= 1;
                if ((crc & 0x1000000) != 0) {
                    crc ^= 0x1864CFB;
                }
            }
        }
        return crc & 0xFFFFFF;
    }
}
