package org.dockci.containers.proxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * TLS as the tests speak it to the front on 127.0.0.1. Every certificate is accepted at the
 * handshake; the tests then compare the certificate the server presented with the one they expect.
 * The {@link #main} entry point runs one handshake in a JVM of its own (see ProxyIT's TLS 1.0/1.1 test).
 */
final class Tls {

    private static final int TIMEOUT_MILLIS = (int) Duration.ofSeconds(10).toMillis();

    private Tls() {
    }

    /** An HTTP/1.1 client over TLS that accepts any certificate and does not follow redirects. */
    static HttpClient httpClient() {
        return HttpClient.newBuilder().sslContext(acceptingAnyCertificate()).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The certificate the server on 127.0.0.1:{@code port} presents. */
    static X509Certificate serverCertificate(int port) throws IOException {
        try (SSLSocket socket = connect(port, null)) {
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    /** Parses a PEM certificate. */
    static X509Certificate certificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not a PEM certificate: " + pem, e);
        }
    }

    /** A handshake with only {@code protocol} enabled: the protocol agreed on, or why there was none. */
    static Handshake handshake(int port, String protocol) throws IOException {
        try (SSLSocket socket = connect(port, null)) {
            socket.setEnabledProtocols(new String[] {protocol});
            socket.startHandshake();
            return new Handshake(socket.getSession().getProtocol(), null);
        } catch (SSLException e) {
            return new Handshake(null, e.getMessage());
        }
    }

    /**
     * A GET sent by hand, so that the Host header (and SNI) can name a host other than 127.0.0.1,
     * as a browser does for {@code https://registry.example.org/} resolved to this front.
     */
    static String get(int port, String host, String path) throws IOException {
        try (SSLSocket socket = connect(port, host)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    /** Runs one handshake: {@code java ... Tls PORT PROTOCOL}; prints "agreed P" or "refused: why". */
    public static void main(String[] args) throws IOException {
        Handshake handshake = handshake(Integer.parseInt(args[0]), args[1]);
        System.out.println(handshake.agreed() != null ? "agreed " + handshake.agreed() : "refused: " + handshake.failure());
    }

    private static SSLSocket connect(int port, String serverName) throws IOException {
        SSLSocket socket = (SSLSocket) acceptingAnyCertificate().getSocketFactory().createSocket();
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        if (serverName != null) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setServerNames(List.of(new SNIHostName(serverName)));
            socket.setSSLParameters(parameters);
        }
        return socket;
    }

    private static SSLContext acceptingAnyCertificate() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new AcceptAny()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The protocol a handshake agreed on, or the failure's message. */
    record Handshake(String agreed, String failure) {
    }

    /** Accepts every chain, without hostname checks: the tests look at the certificate themselves. */
    private static final class AcceptAny extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
