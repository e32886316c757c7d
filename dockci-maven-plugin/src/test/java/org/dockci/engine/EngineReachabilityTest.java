package org.dockci.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An engine that does not answer is named with where the docker CLI looked and why there, and what to do: the
 * variable, the socket, the docker context. Runs the real docker CLI; only the last test needs an engine.
 */
class EngineReachabilityTest {

    @Test
    void aMissingSocketInDockerHostIsNamedWithTheVariable() {
        DockerEngine engine = new DockerEngine("docker", Map.of("DOCKER_HOST", "unix:///missing.sock"));

        EngineException e = assertThrows(EngineException.class, engine::checkReachable);

        assertTrue(e.getMessage().startsWith("Docker engine not reachable at unix:///missing.sock (DOCKER_HOST): "),
                e.getMessage());
        assertTrue(e.getMessage().contains("Start it (scripts/build-env.sh starts dockerd)"), e.getMessage());
        assertTrue(e.getMessage().contains("-Ddocker.skip"), e.getMessage());
    }

    @Test
    void aContextTheCliCannotReadIsNamedWithTheVariable() {
        DockerEngine engine = new DockerEngine("docker", Map.of("DOCKER_HOST", "", "DOCKER_CONTEXT",
                "dockci-no-such-context"));

        EngineException e = assertThrows(EngineException.class, engine::checkReachable);

        assertTrue(e.getMessage().startsWith("Docker engine not reachable at docker context dockci-no-such-context"
                + " (DOCKER_CONTEXT), which the docker CLI cannot read: "), e.getMessage());
    }

    @Test
    void withoutDockerHostTheContextsEndpointIsNamed() {
        DockerEngine engine = new DockerEngine("docker", Map.of("DOCKER_HOST", "", "DOCKER_CONTEXT", ""));

        assertTrue(engine.describe().matches(".+ \\(docker context \\S+\\)"), engine.describe());
    }

    @Test
    void aPushToAMissingSocketIsAnEngineFailureNamingIt() {
        DockerEngine engine = new DockerEngine("docker", Map.of("DOCKER_HOST", "unix:///missing.sock"));

        EngineException e = assertThrows(EngineException.class, () -> engine.push("127.0.0.1:1/dockci/x:1.0.0"));

        assertTrue(e.getMessage().startsWith("docker push 127.0.0.1:1/dockci/x:1.0.0: Docker engine not reachable at"
                + " unix:///missing.sock (DOCKER_HOST)"), e.getMessage());
    }

    @Test
    void theEngineOfThisMachineAnswers() throws Exception {
        TestImages.needsAnEngine("the engine check");

        assertDoesNotThrow(DockerEngine.fromEnvironment()::checkReachable);
    }
}
