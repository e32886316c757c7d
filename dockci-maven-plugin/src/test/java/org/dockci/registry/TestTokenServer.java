package org.dockci.registry;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A token server as Distribution's token authentication wants one, for tests: on {@code GET /token?service=…&scope=…}
 * it answers {@code {"token": …, "expires_in": …}}, an RS256 JWT whose header carries the signing certificate
 * ({@code x5c}) and whose claims are {@code iss}, {@code sub}, {@code aud} (the service), {@code exp}, {@code nbf},
 * {@code iat}, {@code jti} and {@code access}. Its key pair and self-signed certificate are made by the JDK's
 * {@code keytool}; {@link #rootCertificate} is the registry's {@code rootcertbundle}. One user (basic credentials)
 * gets every action asked; anonymous clients get {@code pull} only; a wrong password gets HTTP 401. It records the
 * scopes asked, so that a test can count the tokens a client fetched.
 */
public final class TestTokenServer implements AutoCloseable {

    /** The {@code service} the registry names in its challenge, and the tokens' audience. */
    public static final String SERVICE = "dockci-test-registry";
    /** The tokens' issuer, as the registry's {@code auth.token.issuer}. */
    public static final String ISSUER = "dockci-test-token-server";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final PrivateKey key;
    private final X509Certificate certificate;
    private final Path rootCertificate;
    private final Credentials user;
    private final long expiresInSeconds;
    private final List<String> scopesAsked = Collections.synchronizedList(new ArrayList<>());

    private TestTokenServer(Path folder, Credentials user, long expiresInSeconds) throws Exception {
        this.user = user;
        this.expiresInSeconds = expiresInSeconds;
        Files.createDirectories(folder);
        Path keystore = folder.resolve("token-signer.p12");
        String password = UUID.randomUUID().toString();
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "signer", "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA",
                "-dname", "CN=" + ISSUER, "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", password, "-keypass", password).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        key = (PrivateKey) store.getKey("signer", password.toCharArray());
        certificate = (X509Certificate) store.getCertificate("signer");
        rootCertificate = folder.resolve("token-signer.pem");
        Files.writeString(rootCertificate, "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", this::token);
        server.start();
    }

    /** A token server on a free port of 127.0.0.1 for {@code user}, its tokens valid for {@code expiresInSeconds}. */
    public static TestTokenServer start(Path folder, Credentials user, long expiresInSeconds) throws Exception {
        return new TestTokenServer(folder, user, expiresInSeconds);
    }

    /** {@code http://127.0.0.1:<port>/token}: the registry's {@code auth.token.realm}. */
    public String realm() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
    }

    /** The PEM file of the signing certificate: the registry's {@code auth.token.rootcertbundle}. */
    public Path rootCertificate() {
        return rootCertificate;
    }

    /** The scopes asked so far, one entry per token request. */
    public List<String> scopesAsked() {
        synchronized (scopesAsked) {
            return List.copyOf(scopesAsked);
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());
            List<String> scopes = query.getOrDefault("scope", List.of());
            scopesAsked.add(String.join(" ", scopes));
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null && !authorization.equals(basic(user))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"" + ISSUER + "\"");
                answer(exchange, 401, Map.of("errors", List.of(Map.of("code", "UNAUTHORIZED",
                        "message", "wrong user name or password"))));
                return;
            }
            if (!SERVICE.equals(query.getOrDefault("service", List.of("")).get(0))) {
                answer(exchange, 400, Map.of("errors", List.of(Map.of("code", "DENIED", "message", "unknown service"))));
                return;
            }
            Optional<String> account = authorization == null ? Optional.empty() : Optional.of(user.username());
            List<Map<String, Object>> access = new ArrayList<>();
            for (String scope : scopes) {
                // type:name:actions, the name itself may hold ':' (a registry host with its port)
                int first = scope.indexOf(':');
                int last = scope.lastIndexOf(':');
                List<String> actions = new ArrayList<>(List.of(scope.substring(last + 1).split(",")));
                if (account.isEmpty()) {
                    actions.retainAll(List.of("pull"));
                }
                access.add(Map.of("type", scope.substring(0, first), "name", scope.substring(first + 1, last),
                        "actions", actions));
            }
            Date now = new Date();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(account.orElse(""))
                    .audience(SERVICE).issueTime(now).notBeforeTime(now)
                    .expirationTime(new Date(now.getTime() + expiresInSeconds * 1000))
                    .jwtID(UUID.randomUUID().toString()).claim("access", access).build();
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .x509CertChain(List.of(Base64.encode(certificate.getEncoded()))).build();
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("token", jwt.serialize());
            body.put("expires_in", expiresInSeconds);
            body.put("issued_at", now.toInstant().toString());
            answer(exchange, 200, body);
        } catch (JOSEException | java.security.cert.CertificateEncodingException e) {
            throw new IOException(e);
        }
    }

    private static String basic(Credentials credentials) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (credentials.username() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return parameters;
    }

    private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
