package org.dockci.containers.proxy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Security;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.dockci.testkit.Await;
import org.dockci.testkit.Command;
import org.dockci.testkit.Docker;
import org.dockci.testkit.ServiceUnderTest;
import org.dockci.testkit.StopsGracefully;
import org.dockci.testkit.TestContainer;
import org.dockci.testkit.TestNetwork;
import org.dockci.testkit.TestVolume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * x3-proxy as browsers, Docker clients and back ends meet it: HTTP sends to HTTPS, only TLS 1.2+,
 * the security headers on every answer, routes by path and by host name, large bodies unchanged,
 * the mounted or the generated certificate.
 */
class ProxyIT implements StopsGracefully {

    private static final String HTTP_PORT = "proxy.http.port";
    private static final String HTTPS_PORT = "proxy.https.port";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String GENERATED_CERT = "/var/lib/x3-proxy/tls/tls.crt";
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "strict-transport-security", "max-age=31536000",
            "x-content-type-options", "nosniff",
            "x-frame-options", "SAMEORIGIN",
            "referrer-policy", "strict-origin-when-cross-origin");

    private final HttpClient https = Tls.httpClient();

    @Test
    void httpRedirectsPermanentlyToTheSameAddressOnHttps() {
        HttpResponse<String> redirect = send(HttpClient.newHttpClient(),
                HttpRequest.newBuilder(ServiceUnderTest.uri(HTTP_PORT, "/some/path?q=1")));
        assertEquals(301, redirect.statusCode());
        // The container's HTTPS port is published as 443 in production (HTTPS_PORT=443, the default).
        assertEquals("https://127.0.0.1/some/path?q=1", redirect.headers().firstValue("Location").orElse(""));
        assertTrue(redirect.headers().firstValue("Strict-Transport-Security").isEmpty(),
                "HSTS is only meaningful, and only sent, over HTTPS");
    }

    @Test
    void theRedirectNamesThePublicHttpsPortWhenItIsNot443() {
        try (TestContainer proxy = TestContainer.start("--env", "PROXY_ROUTES=/a/=http://127.0.0.1:9/",
                "--env", "HTTPS_PORT=8443")) {
            proxy.awaitHealthy(START_TIMEOUT);
            HttpResponse<String> redirect = send(HttpClient.newHttpClient(),
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxy.hostPort(8080) + "/x")));
            assertEquals("https://127.0.0.1:8443/x", redirect.headers().firstValue("Location").orElse(""));
        }
    }

    @Test
    void everyHttpsAnswerCarriesTheSecurityHeaders() {
        for (String path : List.of("/-/health", "/no-route-here", "/unreachable/")) {
            HttpResponse<String> response = send(https,
                    HttpRequest.newBuilder(httpsUri(ServiceUnderTest.hostPort(HTTPS_PORT), path)));
            assertSecurityHeaders(response);
        }
    }

    @Test
    void aRouteWhoseBackEndIsDownAnswers503() {
        HttpResponse<String> down = send(https, HttpRequest.newBuilder(
                httpsUri(ServiceUnderTest.hostPort(HTTPS_PORT), "/unreachable/anything")));
        assertEquals(503, down.statusCode());
        assertEquals(404, send(https, HttpRequest.newBuilder(
                httpsUri(ServiceUnderTest.hostPort(HTTPS_PORT), "/no-route-here"))).statusCode());
    }

    @Test
    void withoutAMountedCertificateAGeneratedSelfSignedOneIsServed() throws IOException, CertificateParsingException {
        X509Certificate served = Tls.serverCertificate(ServiceUnderTest.hostPort(HTTPS_PORT));
        String file = Docker.run("exec", ServiceUnderTest.containerId(), "cat", GENERATED_CERT);
        assertEquals(Tls.certificate(file), served, "the certificate served is the one made at start");
        assertEquals(served.getSubjectX500Principal(), served.getIssuerX500Principal(), "self-signed");
        assertEquals(-1, served.getBasicConstraints(), "not a CA certificate");
        String names = served.getSubjectAlternativeNames().stream().map(name -> name.get(1).toString())
                .collect(Collectors.joining(","));
        assertTrue(names.contains("localhost") && names.contains("127.0.0.1"), names);
    }

    @Test
    void aMountedCertificateIsServed() throws IOException {
        try (TestVolume tls = TestVolume.create()) {
            // The operator's certificate, made here with the image's openssl into a volume.
            Docker.run("run", "--rm", "--label", TestContainer.LABEL, "--volume", tls.name() + ":/etc/x3-proxy/tls",
                    "--entrypoint", "openssl", ServiceUnderTest.image(), "req", "-x509", "-newkey", "rsa:2048",
                    "-nodes", "-days", "2", "-subj", "/CN=mounted.example.org",
                    "-keyout", "/etc/x3-proxy/tls/tls.key", "-out", "/etc/x3-proxy/tls/tls.crt");
            try (TestContainer proxy = TestContainer.start("--env", "PROXY_ROUTES=/a/=http://127.0.0.1:9/",
                    "--volume", tls.name() + ":/etc/x3-proxy/tls:ro")) {
                proxy.awaitHealthy(START_TIMEOUT);
                X509Certificate served = Tls.serverCertificate(proxy.hostPort(8443));
                assertEquals(Tls.certificate(proxy.exec("cat", "/etc/x3-proxy/tls/tls.crt").stdout()), served);
                assertEquals("CN=mounted.example.org", served.getSubjectX500Principal().getName());
                assertTrue(proxy.exec("test", "-e", GENERATED_CERT).exitCode() != 0, "nothing was generated");
            }
        }
    }

    @Test
    void theGeneratedCertificateIsKeptOnItsVolumeAndMadePerProxy() throws IOException {
        try (TestVolume kept = TestVolume.create(); TestVolume other = TestVolume.create()) {
            X509Certificate first = generatedCertificate(kept);
            assertEquals(first, generatedCertificate(kept), "a new container on the same volume serves the same one");
            assertNotEquals(first, generatedCertificate(other), "certificates are made per proxy, never baked in");
        }
    }

    @Test
    void tls12And13AreAccepted() throws IOException {
        for (String protocol : List.of("TLSv1.2", "TLSv1.3")) {
            Tls.Handshake handshake = Tls.handshake(ServiceUnderTest.hostPort(HTTPS_PORT), protocol);
            assertEquals(protocol, handshake.agreed(), () -> protocol + ": " + handshake.failure());
        }
    }

    /**
     * The JDK itself disables TLS 1.0 and 1.1 (jdk.tls.disabledAlgorithms): an in-process client would
     * refuse before sending anything, and the test would prove nothing about the server. So the
     * handshake runs in a JVM of its own whose disabledAlgorithms are the JDK's minus these two
     * protocols; the client then offers them, and the server must answer with a protocol_version alert.
     */
    @ParameterizedTest
    @ValueSource(strings = {"TLSv1", "TLSv1.1"})
    void tls10And11AreRefusedByTheServer(String protocol, @TempDir Path work) throws IOException, URISyntaxException {
        String jdkDefault = Security.getProperty("jdk.tls.disabledAlgorithms");
        String allowingOldProtocols = Arrays.stream(jdkDefault.split(","))
                .map(String::trim)
                .filter(entry -> !entry.equals("TLSv1") && !entry.equals("TLSv1.1"))
                .collect(Collectors.joining(", "));
        Path security = Files.writeString(work.resolve("java.security"),
                "jdk.tls.disabledAlgorithms=" + allowingOldProtocols + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classes = Path.of(Tls.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Command.Result probe = Command.run(Duration.ofSeconds(60), java, "-Djava.security.properties=" + security,
                "-cp", classes, Tls.class.getName(), Integer.toString(ServiceUnderTest.hostPort(HTTPS_PORT)), protocol);

        assertEquals(0, probe.exitCode(), probe::toString);
        assertTrue(probe.stdout().startsWith("refused: "), probe::toString);
        assertTrue(probe.stdout().contains("protocol_version"),
                () -> "the server, not the client, must have refused " + protocol + ": " + probe);
    }

    @Test
    void routesReachBackEndsByPathAndByHostName() throws IOException {
        try (TestNetwork network = TestNetwork.create();
             TestContainer echoA = EchoBackEnd.start(network, "echo-a");
             TestContainer echoB = EchoBackEnd.start(network, "echo-b");
             TestContainer proxy = TestContainer.start("--network", network.name(), "--env",
                     "PROXY_ROUTES=/a/=http://echo-a:8080/, b.example.org=http://echo-b:8080\n"
                             + "b.example.org/deep/=http://echo-a:8080/x/")) {
            proxy.awaitHealthy(START_TIMEOUT);
            int port = proxy.hostPort(8443);
            Await.until("the back ends to answer through the proxy", START_TIMEOUT,
                    () -> send(https, HttpRequest.newBuilder(httpsUri(port, "/a/"))).statusCode() == 200);

            HttpResponse<String> byPath = send(https, HttpRequest.newBuilder(httpsUri(port, "/a/hello?x=1")));
            assertEquals(200, byPath.statusCode());
            assertTrue(byPath.body().startsWith("backend: echo-a\nrequest: GET /hello?x=1 HTTP/1.1\n"), byPath.body());
            assertTrue(byPath.body().contains("\nhost: 127.0.0.1:" + port + "\n"), "the client's Host is kept: " + byPath.body());
            assertTrue(byPath.body().contains("\nx-forwarded-proto: https\n"), byPath.body());
            assertTrue(byPath.body().contains("\nx-forwarded-for: "), byPath.body());
            assertSecurityHeaders(byPath);

            HttpResponse<String> withoutSlash = send(https, HttpRequest.newBuilder(httpsUri(port, "/a")));
            assertEquals(301, withoutSlash.statusCode());
            assertTrue(withoutSlash.headers().firstValue("Location").orElse("").endsWith("/a/"), withoutSlash.headers().toString());

            String byHost = Tls.get(port, "b.example.org", "/v2/");
            assertTrue(byHost.startsWith("HTTP/1.1 200 "), byHost);
            assertTrue(byHost.contains("backend: echo-b\nrequest: GET /v2/ HTTP/1.1\n"), byHost);
            assertTrue(byHost.contains("\r\nStrict-Transport-Security: max-age=31536000\r\n")
                    && byHost.contains("\r\nX-Frame-Options: SAMEORIGIN\r\n"), "a host's own virtual host has the headers too");
            String deeper = Tls.get(port, "b.example.org", "/deep/z");
            assertTrue(deeper.contains("backend: echo-a\nrequest: GET /x/z HTTP/1.1\n"), deeper);

            // Host routes and path routes do not leak into each other.
            assertTrue(Tls.get(port, "b.example.org", "/a/").contains("backend: echo-b\nrequest: GET /a/ "));
            assertEquals(404, send(https, HttpRequest.newBuilder(httpsUri(port, "/deep/z"))).statusCode());
        }
    }

    @Test
    void largeRequestBodiesReachTheBackEndUnchanged() {
        byte[] layer = new byte[16 * 1024 * 1024];
        new Random(7).nextBytes(layer);
        try (TestNetwork network = TestNetwork.create();
             TestContainer echo = EchoBackEnd.start(network, "echo");
             TestContainer proxy = TestContainer.start("--network", network.name(),
                     "--env", "PROXY_ROUTES=/v2/=http://echo:8080/v2/")) {
            proxy.awaitHealthy(START_TIMEOUT);
            URI upload = httpsUri(proxy.hostPort(8443), "/v2/it/blobs/uploads/1");
            Await.until("the back end to answer through the proxy", START_TIMEOUT,
                    () -> send(https, HttpRequest.newBuilder(upload)).statusCode() == 200);
            HttpResponse<byte[]> echoed = sendBytes(HttpRequest.newBuilder(upload)
                    .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(layer)));
            assertEquals(200, echoed.statusCode());
            assertArrayEquals(layer, echoed.body(), "16 MiB in, the same 16 MiB at the back end");
        }
    }

    @Test
    void withoutRoutesTheProxyRefusesToStart() {
        try (TestContainer open = TestContainer.start()) {
            assertEquals(64, open.awaitExit(START_TIMEOUT), open::logs);
            assertTrue(open.logs().contains("no routes"), open::logs);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a/", "/a/=ftp://files:21/", "/a/=http://backend:8080/ Include /etc/passwd",
            "/a/=http://back\"end/", "bad_host=http://backend/", "/-/=http://backend/", "/a/=http://x/,/a=http://y/"})
    void aRouteThatIsNotUnderstoodIsRefused(String routes) {
        try (TestContainer refused = TestContainer.start("--env", "PROXY_ROUTES=" + routes)) {
            assertEquals(64, refused.awaitExit(START_TIMEOUT), refused::logs);
            assertTrue(refused.logs().contains("x3-proxy: ") && refused.logs().contains("route"),
                    () -> "the message names the route: " + refused.logs());
        }
    }

    @Test
    void aCertificateWithoutItsKeyIsRefused() {
        try (TestContainer halfConfigured = TestContainer.start("--env", "PROXY_ROUTES=/a/=http://127.0.0.1:9/",
                "--env", "TLS_CERT_FILE=/etc/ssl/certs/ca-certificates.crt")) {
            assertEquals(64, halfConfigured.awaitExit(START_TIMEOUT), halfConfigured::logs);
            assertTrue(halfConfigured.logs().contains("need both"), halfConfigured::logs);
        }
    }

    private X509Certificate generatedCertificate(TestVolume volume) throws IOException {
        try (TestContainer proxy = TestContainer.start("--env", "PROXY_ROUTES=/a/=http://127.0.0.1:9/",
                "--volume", volume.name() + ":/var/lib/x3-proxy/tls")) {
            proxy.awaitHealthy(START_TIMEOUT);
            return Tls.serverCertificate(proxy.hostPort(8443));
        }
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        SECURITY_HEADERS.forEach((name, value) -> assertEquals(List.of(value), response.headers().allValues(name),
                () -> response.uri() + " " + response.statusCode() + ": " + name + " (once): " + response.headers()));
    }

    private static URI httpsUri(int port, String path) {
        return URI.create("https://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return https.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
