package org.dockci.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/** One IT that passes, one that fails with markup, quotes, non-ASCII text and the registry's password. */
class ReportShownIT {

    @Test
    void theImageWasStarted() {
        assertTrue(System.getProperty("dockci.it.container", "").length() > 0, "docker:start gave the container");
    }

    @Test
    void deliberatelyFails() {
        fail("expected <ok> & \"ü\" but the registry refused the password hunter2-invoker-password");
    }
}
