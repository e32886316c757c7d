package org.dockci.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registry that goes down in the middle of a push: a TCP proxy on a free port of 127.0.0.1 in front of a
 * {@link TestRegistry}, passing every byte through unchanged, that watches the requests go by and, once the registry
 * has answered a given number of manifest PUTs (each one a tag pushed), stops listening and drops every connection,
 * as a registry that died would. {@link #serveAgain} listens again on the same port (image names carry it).
 */
public final class DyingProxy implements AutoCloseable {

    private static final Pattern MANIFEST_PUT = Pattern.compile("PUT /v2/\\S+/manifests/\\S+ HTTP/1\\.1\r\n");

    private final InetSocketAddress upstream;
    private final int port;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger manifestPuts = new AtomicInteger();
    private volatile int dieAfter = Integer.MAX_VALUE;
    private volatile ServerSocket server;
    private volatile boolean dead;

    private DyingProxy(InetSocketAddress upstream, int port) {
        this.upstream = upstream;
        this.port = port;
    }

    /** A healthy proxy in front of {@code registry}. */
    public static DyingProxy start(TestRegistry registry) throws IOException {
        String[] hostPort = registry.address().split(":");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        DyingProxy proxy = new DyingProxy(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), port);
        proxy.serveAgain();
        return proxy;
    }

    /** {@code 127.0.0.1:<port>}: images named for it are pushed through the proxy. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    /** Goes down once the registry has answered {@code count} more manifest PUTs; 0: at once. */
    public void dieAfterManifestPuts(int count) {
        dieAfter = manifestPuts.get() + count;
        if (count == 0) {
            die();
        }
    }

    /** The manifest PUTs the registry has answered through the proxy. */
    public int manifestPuts() {
        return manifestPuts.get();
    }

    /** Listens again on the same port, healthy: it never dies on its own. */
    public void serveAgain() throws IOException {
        dieAfter = Integer.MAX_VALUE;
        dead = false;
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = socket;
        daemon("dying-proxy-accept", () -> accept(socket));
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket registry;
                try {
                    registry = new Socket(upstream.getAddress(), upstream.getPort());
                } catch (IOException e) {
                    closeQuietly(client); // the registry itself does not answer: so does the proxy, for this one
                    continue;
                }
                connections.add(client);
                connections.add(registry);
                AtomicBoolean manifestPutPending = new AtomicBoolean();
                daemon("dying-proxy-up", () -> relay(client, registry, (seen, fresh) -> {
                    Matcher put = MANIFEST_PUT.matcher(seen);
                    while (put.find()) {
                        if (put.end() > fresh) {
                            manifestPutPending.set(true);
                        }
                    }
                }));
                daemon("dying-proxy-down", () -> relay(registry, client, (seen, fresh) -> {
                    // answers come in the order of the requests: the answer after a manifest PUT is its own
                    if (seen.indexOf("\r\n\r\n", Math.max(0, fresh - 3)) >= 0 && manifestPutPending.getAndSet(false)) {
                        if (manifestPuts.incrementAndGet() >= dieAfter) {
                            die(); // the answer is passed on: the engine has it
                        }
                    }
                }));
            } catch (IOException e) {
                return; // closed: the registry is down
            }
        }
    }

    private interface Watcher {
        /** {@code seen}: the end of the chunk before, then this chunk, which starts at {@code fresh}. */
        void saw(String seen, int fresh);
    }

    /** Copies {@code from} to {@code to}, showing the watcher each chunk (with the end of the one before). */
    private void relay(Socket from, Socket to, Watcher watcher) {
        byte[] buffer = new byte[64 * 1024];
        String tail = "";
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to.getOutputStream();
            for (int n; (n = in.read(buffer)) > 0 && !dead;) {
                String seen = tail + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                out.write(buffer, 0, n);
                out.flush();
                watcher.saw(seen, tail.length());
                tail = seen.substring(Math.max(0, seen.length() - 512));
            }
        } catch (IOException e) {
            // a side closed, or the proxy died
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    /**
     * Stops listening, and every connection ends at its next byte: a request on a connection kept alive gets no
     * answer, as from a registry that died.
     */
    private void die() {
        dead = true;
        try {
            server.close();
        } catch (IOException e) {
            // closed is what it should be
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        die();
        connections.forEach(DyingProxy::closeQuietly);
    }
}
