package org.dockci.containers.webdav;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;

import org.dockci.testkit.Http;
import org.dockci.testkit.ServiceUnderTest;
import org.dockci.testkit.StopsGracefully;
import org.dockci.testkit.TestContainer;
import org.dockci.testkit.TestVolume;
import org.junit.jupiter.api.Test;

/** x3-webdav as its users meet it: credentials required, the WebDAV verbs work, data outlives the container. */
class WebdavIT implements StopsGracefully {

    private static final String PORT = "webdav.port";
    private static final String DATA = "/var/lib/dav/data";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Http user = Http.basicAuth(ServiceUnderTest.env("WEBDAV_USERNAME"),
            ServiceUnderTest.env("WEBDAV_PASSWORD"));
    private final String folder = "/it-" + UUID.randomUUID() + "/";

    @Test
    void anonymousRequestsAreRefused() {
        Http anonymous = Http.anonymous();
        HttpResponse<byte[]> get = anonymous.send("GET", ServiceUnderTest.uri(PORT, "/"));
        assertEquals(401, get.statusCode());
        assertTrue(get.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                "401 must ask for basic auth: " + get.headers());
        assertEquals(401, anonymous.send("PROPFIND", ServiceUnderTest.uri(PORT, "/")).statusCode());
        assertEquals(401, anonymous.send("PUT", ServiceUnderTest.uri(PORT, "/anonymous.txt"),
                "x".getBytes(StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    void aWrongPasswordIsRefused() {
        Http intruder = Http.basicAuth(ServiceUnderTest.env("WEBDAV_USERNAME"), "not-the-password");
        assertEquals(401, intruder.send("GET", ServiceUnderTest.uri(PORT, "/")).statusCode());
        assertEquals(401, intruder.send("MKCOL", ServiceUnderTest.uri(PORT, folder)).statusCode());
    }

    @Test
    void theUserCanCreateUploadListDownloadMoveAndDelete() {
        byte[] content = randomBytes(256 * 1024);
        URI dir = ServiceUnderTest.uri(PORT, folder);
        URI file = ServiceUnderTest.uri(PORT, folder + "report.bin");
        URI moved = ServiceUnderTest.uri(PORT, folder + "renamed.bin");

        assertEquals(201, user.send("MKCOL", dir).statusCode(), "MKCOL");
        assertEquals(201, user.send("PUT", file, content).statusCode(), "PUT");

        HttpResponse<byte[]> listing = user.send(user.request(dir).header("Depth", "1")
                .method("PROPFIND", HttpRequest.BodyPublishers.noBody()));
        assertEquals(207, listing.statusCode(), "PROPFIND");
        assertTrue(new String(listing.body(), StandardCharsets.UTF_8).contains(folder + "report.bin"),
                "PROPFIND lists the uploaded file");

        HttpResponse<byte[]> download = user.send("GET", file);
        assertEquals(200, download.statusCode(), "GET");
        assertArrayEquals(sha256(content), sha256(download.body()), "downloaded bytes are the uploaded ones");

        assertEquals(201, user.send(user.request(file).header("Destination", moved.toString())
                .method("MOVE", HttpRequest.BodyPublishers.noBody())).statusCode(), "MOVE");
        assertEquals(404, user.send("GET", file).statusCode(), "the old name is gone after MOVE");
        assertEquals(200, user.send("GET", moved).statusCode(), "the new name answers after MOVE");

        assertEquals(204, user.send("DELETE", dir).statusCode(), "DELETE");
        assertEquals(404, user.send("GET", moved).statusCode(), "nothing left after DELETE");
    }

    @Test
    void dataSurvivesANewContainerOnTheSameVolume() {
        byte[] content = "kept across containers\n".getBytes(StandardCharsets.UTF_8);
        try (TestVolume volume = TestVolume.create()) {
            String mount = volume.name() + ":" + DATA;
            try (TestContainer first = TestContainer.startLikeServiceUnderTest("--volume", mount)) {
                first.awaitHealthy(START_TIMEOUT);
                URI file = first.uri(8080, "/kept.txt");
                assertEquals(201, user.send("PUT", file, content).statusCode());
                TestContainer.Stopped stopped = first.stop(GRACE);
                assertTrue(stopped.clean(), "stopped cleanly: " + stopped);
            }
            try (TestContainer second = TestContainer.startLikeServiceUnderTest("--volume", mount)) {
                second.awaitHealthy(START_TIMEOUT);
                URI file = second.uri(8080, "/kept.txt");
                HttpResponse<byte[]> download = user.send("GET", file);
                assertEquals(200, download.statusCode());
                assertArrayEquals(content, download.body());
            }
        }
    }

    @Test
    void withoutCredentialsTheContainerRefusesToStart() {
        try (TestContainer open = TestContainer.start()) {
            assertEquals(64, open.awaitExit(START_TIMEOUT), open.logs());
            assertTrue(open.logs().contains("no credentials"), open.logs());
        }
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
