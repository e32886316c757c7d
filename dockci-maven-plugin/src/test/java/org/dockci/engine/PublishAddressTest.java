package org.dockci.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishAddressTest {

    private static String derived(String dockerHost) {
        return PublishAddress.of(Optional.empty(), Map.of("DOCKER_HOST", dockerHost)).value();
    }

    @Test
    void aLocalEnginePublishesOnLoopbackOnly() {
        assertEquals("127.0.0.1", PublishAddress.of(Optional.empty(), Map.of()).value());
        assertEquals("127.0.0.1", derived(""));
        assertEquals("127.0.0.1", derived("unix:///var/run/docker.sock"));
    }

    @Test
    void anEngineOnLoopbackPublishesOnLoopback() {
        assertEquals("127.0.0.1", derived("tcp://127.0.0.1:2376"));
        assertEquals("127.0.0.1", derived("tcp://localhost:2375"));
        assertEquals("127.0.0.1", derived("tcp://[::1]:2376"));
    }

    @Test
    void aRemoteEnginePublishesOnItsHost() {
        PublishAddress address = PublishAddress.of(Optional.empty(), Map.of("DOCKER_HOST", "tcp://build-engine:2376"));

        assertEquals("build-engine", address.value());
        assertEquals("the engine's host (DOCKER_HOST=tcp://build-engine:2376)", address.source());
        assertEquals("172.17.0.2", derived("tcp://172.17.0.2:2376"));
        assertEquals("build-engine.example.org", derived("ssh://ci@build-engine.example.org"));
        assertEquals("fd00::2", derived("tcp://[fd00::2]:2376"));
    }

    @Test
    void anAddressGivenWinsOverDockerHost() {
        PublishAddress address = PublishAddress.of(Optional.of("10.0.0.5"), Map.of("DOCKER_HOST", "tcp://engine:2376"));

        assertEquals("10.0.0.5", address.value());
        assertEquals(PublishAddress.PROPERTY, address.source());
        assertEquals("127.0.0.1", PublishAddress.of(Optional.of(" "), Map.of()).value(), "blank is not given");
    }

    @Test
    void aDockerHostWithoutHostSaysWhatToSet() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> derived("tcp://:2376"));

        assertTrue(e.getMessage().contains("DOCKER_HOST=tcp://:2376 (no host in it)"), e.getMessage());
        assertTrue(e.getMessage().contains("-Ddockci.docker.publishAddress=<address>"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> derived("build-engine:2376"));
    }
}
