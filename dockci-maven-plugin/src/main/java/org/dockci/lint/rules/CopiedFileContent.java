package org.dockci.lint.rules;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a file copied into an image holds, as DC2001 tells it from the file's first
 * {@value #READ_LIMIT} bytes: a {@link Secret} (a private key, credentials), something
 * {@link NotSecret} (a public key, a certificate, a keyring, a credentials file holding none), or
 * {@link Unknown}.
 *
 * <p>Private keys and their stores are told by their encoding, whatever the file's name: PEM blocks
 * ({@code -----BEGIN ... PRIVATE KEY-----}, OpenSSH's, PGP's), PKCS#8 DER, PKCS#12 and Java key stores
 * holding a key entry, OpenPGP secret-key packets, GnuPG's own key files; so are AWS credentials
 * ({@code aws_secret_access_key = ...}) and GCP service-account keys (JSON with {@code private_key}).
 * Assignments ({@code NAME=value}, {@code name: value}) of secret-looking names, passwords in URLs and
 * {@code .netrc}'s {@code password} are only looked for in files named like credential files
 * ({@code .env}, {@code .npmrc}, {@code credentials}...), where they are what the file is for: in other
 * files they are too often defaults or examples.
 */
final class CopiedFileContent {

    /** How much of a file is read: keys and credential files are small, and an archive's head says enough. */
    static final int READ_LIMIT = 64 * 1024;

    /** What the content says. */
    sealed interface Verdict permits Secret, NotSecret, Unknown {
    }

    /** A secret: {@code what} names it, e.g. "an OpenSSH private key". */
    record Secret(String what) implements Verdict {
    }

    /** Nothing secret: {@code what} names what it is, e.g. "a certificate". */
    record NotSecret(String what) implements Verdict {
    }

    /** Neither could be told. */
    record Unknown() implements Verdict {
    }

    private static final Pattern PRIVATE_PEM = Pattern.compile(
            "-----BEGIN ((?:RSA |DSA |EC |OPENSSH |ENCRYPTED |SSH2 ENCRYPTED |ANY )?PRIVATE KEY|PGP PRIVATE KEY BLOCK)-----");

    private static final Pattern PUBLIC_PEM = Pattern.compile("-----BEGIN (PUBLIC KEY|RSA PUBLIC KEY|CERTIFICATE|"
            + "TRUSTED CERTIFICATE|X509 CRL|PGP PUBLIC KEY BLOCK|PGP SIGNATURE|PGP SIGNED MESSAGE|SSH2 PUBLIC KEY|"
            + "CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST|DH PARAMETERS|EC PARAMETERS|PKCS7)-----");

    private static final Pattern SSH_PUBLIC_KEY = Pattern.compile(
            "(?m)(^|\\s)(ssh-(rsa|dss|ed25519)|ecdsa-sha2-nistp\\d+|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com)"
                    + " AAAA[0-9A-Za-z+/]+=*");

    /** A key on a smartcard is a {@code shadowed-private-key}: only a stub, no secret. */
    private static final Pattern GNUPG_PRIVATE_KEY = Pattern.compile("\\((\\d+:)?(protected-)?private-key");

    private static final Pattern AWS_SECRET = Pattern.compile(
            "(?im)^\\s*aws_(secret_access_key|session_token)\\s*=\\s*\\S");

    /** {@code NAME=value}, {@code export NAME=value}, {@code name = value}, {@code name: value}. */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?m)^[ \\t]*(?:export[ \\t]+)?([^\\s=:#][^=:\\s]*(?::[^=:\\s]+)*)[ \\t]*[=:][ \\t]*(.*?)[ \\t\\r]*$");

    private static final Pattern URL_WITH_PASSWORD = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]+:[^/\\s@]+@");

    private static final Pattern NETRC_PASSWORD = Pattern.compile("(^|\\s)password\\s+\\S");

    /** Files that hold credentials as settings, by name, lower case. */
    private static final Set<String> CREDENTIAL_FILES = Set.of(".netrc", "_netrc", ".npmrc", ".yarnrc", ".yarnrc.yml",
            ".pypirc", ".git-credentials", ".pgpass", ".dockercfg", "credentials", "kubeconfig");

    private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "DSA", "Ed25519", "Ed448", "X25519", "X448");

    /** DER of the OIDs of PKCS#12's key bags: keyBag and pkcs8ShroudedKeyBag (1.2.840.113549.1.12.10.1.1 and .2). */
    private static final byte[][] PKCS12_KEY_BAGS = {
        {0x06, 0x0B, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x0C, 0x0A, 0x01, 0x01},
        {0x06, 0x0B, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x0C, 0x0A, 0x01, 0x02}};

    /** DER of {@code INTEGER 3} then the OID of PKCS#7 data, which open every PKCS#12 file. */
    private static final byte[] PKCS12_START = {0x02, 0x01, 0x03, 0x30};
    private static final byte[] PKCS7_DATA = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01,
        0x07, 0x01};

    private static final ObjectMapper JSON = new ObjectMapper();

    private CopiedFileContent() {
    }

    /** What the file at {@code file} holds; {@code name} is its path in the build context, for credential files. */
    static Verdict of(Path file, String name) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(READ_LIMIT);
        }
        return of(head, name);
    }

    /**
     * What a file that starts with {@code head} holds; {@code path} is where it is ({@code /} between
     * names), for the names of credential files. A head of {@link #READ_LIMIT} bytes may end in the
     * middle of a character.
     */
    static Verdict of(byte[] head, String path) {
        if (indexOf(head, new byte[] {0}) >= 0) {
            return binary(head);
        }
        String text = utf8(head);
        if (text == null) {
            Verdict binary = binary(head);
            if (!(binary instanceof Unknown)) {
                return binary;
            }
            // text in another encoding: its markers are ASCII all the same
            text = new String(head, StandardCharsets.ISO_8859_1);
        }
        if (text.stripLeading().startsWith("{")) {
            Verdict json = json(text);
            if (!(json instanceof Unknown)) {
                return json;
            }
        }
        Matcher privatePem = PRIVATE_PEM.matcher(text);
        if (privatePem.find()) {
            return new Secret(privateKeyName(privatePem.group(1)));
        }
        if (text.startsWith("PuTTY-User-Key-File-")) {
            return new Secret("a PuTTY private key");
        }
        if (isGnupgPrivateKey(head)) {
            return new Secret("a GnuPG private key");
        }
        if (AWS_SECRET.matcher(text).find()) {
            return new Secret("AWS credentials (aws_secret_access_key)");
        }
        if (isCredentialFile(path)) {
            return credentialSettings(text, fileName(path));
        }
        Matcher publicPem = PUBLIC_PEM.matcher(text);
        if (publicPem.find()) {
            return new NotSecret(publicPem.group(1).toLowerCase(Locale.ROOT));
        }
        if (SSH_PUBLIC_KEY.matcher(text).find()) {
            return new NotSecret("an SSH public key");
        }
        return new Unknown();
    }

    /**
     * Whether the file at {@code path} holds credentials as settings when it holds any: {@code .env},
     * {@code .env.production} or {@code app.env} (not {@code .env.example} and the like),
     * {@code .netrc}, {@code .npmrc}, {@code .pypirc}, {@code .git-credentials}, {@code .pgpass},
     * {@code credentials}, {@code .docker/config.json}, {@code .kube/config}...
     */
    static boolean isCredentialFile(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String name = fileName(lower);
        boolean envFile = name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env");
        return CREDENTIAL_FILES.contains(name) || lower.endsWith(".docker/config.json") || lower.endsWith(".kube/config")
                || envFile && (!name.startsWith(".env.") || SecretFileCopied.isSecretFile(name));
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    /** GnuPG's own key files (private-keys-v1.d/*.key): an S-expression of a private key, maybe protected. */
    private static boolean isGnupgPrivateKey(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 256), StandardCharsets.ISO_8859_1);
        return GNUPG_PRIVATE_KEY.matcher(start).find();
    }

    private static Verdict credentialSettings(String text, String fileName) {
        Matcher assignment = ASSIGNMENT.matcher(text);
        while (assignment.find()) {
            String key = assignment.group(1);
            boolean secretName = SecretInEnvOrArg.isSecretName(key) || key.equalsIgnoreCase("client-key-data");
            if (secretName && SecretInEnvOrArg.isLiteral(assignment.group(2))) {
                return new Secret("a secret setting (" + key + ")");
            }
        }
        if (URL_WITH_PASSWORD.matcher(text).find()) {
            return new Secret("a password in a URL");
        }
        if ((fileName.equals(".netrc") || fileName.equals("_netrc")) && NETRC_PASSWORD.matcher(text).find()) {
            return new Secret("a password (.netrc)");
        }
        if (fileName.equals(".pgpass")) {
            for (String line : text.split("\n")) {
                String[] fields = line.strip().split("(?<!\\\\):", -1);
                if (!line.startsWith("#") && fields.length == 5 && !fields[4].isEmpty()) {
                    return new Secret("a password (.pgpass)");
                }
            }
        }
        return new NotSecret("settings without credentials");
    }

    /** GCP service-account keys and Docker's client configuration; anything else is for the other checks. */
    private static Verdict json(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            return new Unknown();
        }
        if (root == null || !root.isObject()) {
            return new Unknown();
        }
        if (root.path("type").asText().equals("service_account") || root.hasNonNull("private_key")) {
            return root.path("private_key").asText().isEmpty() ? new Unknown()
                    : new Secret("a GCP service-account key (private_key)");
        }
        if (root.has("auths") || root.has("credsStore") || root.has("credHelpers")) {
            Iterator<Map.Entry<String, JsonNode>> registries = root.path("auths").fields();
            while (registries.hasNext()) {
                JsonNode registry = registries.next().getValue();
                for (String field : List.of("auth", "password", "identitytoken", "registrytoken")) {
                    if (!registry.path(field).asText().isEmpty()) {
                        return new Secret("registry credentials (Docker's auths." + field + ")");
                    }
                }
            }
            return new NotSecret("a Docker client configuration without credentials");
        }
        return new Unknown();
    }

    private static Verdict binary(byte[] head) {
        if (startsPkcs12(head)) {
            for (byte[] bag : PKCS12_KEY_BAGS) {
                if (indexOf(head, bag) >= 0) {
                    return new Secret("a PKCS#12 key store holding a private key");
                }
            }
            return new Unknown();
        }
        if (head.length >= 8 && readInt(head, 0) == 0xFEEDFEED || head.length >= 8 && readInt(head, 0) == 0xCECECECE) {
            return javaKeyStore(head);
        }
        if (isGnupgPrivateKey(head)) {
            return new Secret("a GnuPG private key");
        }
        if (head.length >= 12 && head[8] == 'K' && head[9] == 'B' && head[10] == 'X' && head[11] == 'f') {
            return new NotSecret("a GnuPG keybox");
        }
        Verdict openPgp = openPgp(head);
        if (!(openPgp instanceof Unknown)) {
            return openPgp;
        }
        if (head.length > 0 && head[0] == 0x30) {
            return der(head);
        }
        return new Unknown();
    }

    /** A DER private key (PKCS#8), public key (X.509 SubjectPublicKeyInfo) or certificate, as the JDK reads them. */
    private static Verdict der(byte[] head) {
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(head));
                return new Secret("a private key (PKCS#8 DER)");
            } catch (GeneralSecurityException | RuntimeException notThisOne) {
                // next algorithm
            }
        }
        try {
            CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(head));
            return new NotSecret("a certificate");
        } catch (CertificateException | RuntimeException notACertificate) {
            // nor a public key?
        }
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(head));
                return new NotSecret("a public key");
            } catch (GeneralSecurityException | RuntimeException notThisOne) {
                // next algorithm
            }
        }
        return new Unknown();
    }

    /**
     * An OpenPGP binary key: a secret-key packet (tag 5) or a public-key packet (tag 6, a keyring as
     * {@code gpg --export} or {@code --dearmor} writes it), version 3 to 6.
     */
    private static Verdict openPgp(byte[] head) {
        if (head.length < 3 || (head[0] & 0x80) == 0) {
            return new Unknown();
        }
        int tag;
        int bodyStart;
        if ((head[0] & 0x40) != 0) {
            tag = head[0] & 0x3F;
            int first = head[1] & 0xFF;
            bodyStart = first < 192 ? 2 : first < 224 ? 3 : first == 255 ? 6 : -1;
        } else {
            tag = (head[0] >> 2) & 0x0F;
            int lengthType = head[0] & 0x03;
            bodyStart = lengthType == 0 ? 2 : lengthType == 1 ? 3 : lengthType == 2 ? 5 : -1;
        }
        if (bodyStart < 0 || bodyStart >= head.length || head[bodyStart] < 3 || head[bodyStart] > 6) {
            return new Unknown();
        }
        return switch (tag) {
            case 5 -> new Secret("an OpenPGP secret key");
            case 6 -> new NotSecret("an OpenPGP public keyring");
            default -> new Unknown();
        };
    }

    /** A JKS or JCEKS key store: secret when an entry holds a key (tag 1 or 3), not when all are certificates. */
    private static Verdict javaKeyStore(byte[] head) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(head))) {
            in.readInt();
            int version = in.readInt();
            int entries = in.readInt();
            for (int i = 0; i < entries; i++) {
                int tag = in.readInt();
                if (tag == 1 || tag == 3) {
                    return new Secret("a Java key store holding a private or secret key");
                }
                in.readUTF(); // alias
                in.readLong(); // date
                if (version == 2) {
                    in.readUTF(); // certificate type
                }
                in.skipNBytes(in.readInt());
            }
            return new NotSecret("a Java trust store of certificates only");
        } catch (IOException | RuntimeException cutOrMalformed) {
            return new Unknown();
        }
    }

    private static boolean startsPkcs12(byte[] head) {
        // SEQUENCE, its length in 1 to 5 bytes, INTEGER 3, then the ContentInfo's SEQUENCE holding pkcs7-data
        if (head.length < 16 || head[0] != 0x30) {
            return false;
        }
        int length = head[1] & 0xFF;
        int at = length < 0x80 ? 2 : 2 + (length & 0x7F);
        return at + PKCS12_START.length < head.length && regionEquals(head, at, PKCS12_START)
                && indexOf(head, PKCS7_DATA) > at && indexOf(head, PKCS7_DATA) < at + 16;
    }

    private static String privateKeyName(String label) {
        return switch (label) {
            case "RSA PRIVATE KEY" -> "an RSA private key";
            case "DSA PRIVATE KEY" -> "a DSA private key";
            case "EC PRIVATE KEY" -> "an EC private key";
            case "OPENSSH PRIVATE KEY" -> "an OpenSSH private key";
            case "ENCRYPTED PRIVATE KEY", "SSH2 ENCRYPTED PRIVATE KEY" -> "an encrypted private key";
            case "PGP PRIVATE KEY BLOCK" -> "a PGP private key";
            default -> "a private key";
        };
    }

    /** {@code bytes} as UTF-8 text, or null when they are not; a character cut by the read limit is left out. */
    private static String utf8(byte[] bytes) {
        int end = bytes.length;
        if (end == READ_LIMIT) {
            int back = 0;
            while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0xC0) {
                end = end - back - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, end)).toString();
        } catch (CharacterCodingException notText) {
            return null;
        }
    }

    private static int readInt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | bytes[at + 3] & 0xFF;
    }

    private static boolean regionEquals(byte[] bytes, int at, byte[] expected) {
        for (int i = 0; i < expected.length; i++) {
            if (bytes[at + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            if (regionEquals(bytes, i, wanted)) {
                return i;
            }
        }
        return -1;
    }
}
