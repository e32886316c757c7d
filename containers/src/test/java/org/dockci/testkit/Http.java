package org.dockci.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** HTTP for the tests: the JDK client, any method (WebDAV's too), optional basic auth. */
public final class Http {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final String authorization;

    private Http(String authorization) {
        this.authorization = authorization;
    }

    /** A client that sends no credentials. */
    public static Http anonymous() {
        return new Http(null);
    }

    /** A client that sends {@code user:password} as basic auth. */
    public static Http basicAuth(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Http("Basic " + token);
    }

    /** A request builder for {@code uri} with this client's credentials and a timeout. */
    public HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    /** Sends {@code method} to {@code uri} with {@code body} (may be empty) and returns the response as bytes. */
    public HttpResponse<byte[]> send(String method, URI uri, byte[] body) {
        return send(request(uri).method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sends a request without a body. */
    public HttpResponse<byte[]> send(String method, URI uri) {
        return send(method, uri, new byte[0]);
    }

    /** Sends a request made with {@link #request(URI)}. */
    public HttpResponse<byte[]> send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            return CLIENT.send(built, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + built.method() + " " + built.uri(), e);
        }
    }
}
