package org.dockci.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The stop contract every container's IT class takes on by implementing this interface: the
 * service gets the stop signal and ends cleanly within {@link #GRACE}. A service that ignores
 * SIGTERM (a shell that does not {@code exec} it, say) is killed by Docker when the grace period
 * ends and exits with 137; in production that is a killed service on every update.
 */
public interface StopsGracefully {

    /** The grace period docker stop gives the service before it sends SIGKILL. */
    Duration GRACE = Duration.ofSeconds(2);

    @Test
    default void dockerStopEndsTheServiceCleanlyWithinTheGracePeriod() {
        try (TestContainer container = TestContainer.startLikeServiceUnderTest()) {
            container.awaitHealthy(Duration.ofSeconds(60));
            TestContainer.Stopped stopped = container.stop(GRACE);
            assertTrue(stopped.clean(), () -> "docker stop ended the service with exit code " + stopped.exitCode()
                    + " after " + stopped.took().toMillis() + " ms (137: killed, the stop signal was not handled)\n"
                    + container.logs());
        }
    }
}
