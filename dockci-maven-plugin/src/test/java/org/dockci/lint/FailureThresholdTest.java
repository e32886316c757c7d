package org.dockci.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FailureThresholdTest {

    @Test
    void warningFailsOnWarningsAndErrorsOnly() {
        assertTrue(FailureThreshold.WARNING.failsOn(Severity.ERROR));
        assertTrue(FailureThreshold.WARNING.failsOn(Severity.WARNING));
        assertFalse(FailureThreshold.WARNING.failsOn(Severity.INFO));
        assertFalse(FailureThreshold.WARNING.failsOn(Severity.STYLE));
    }

    @Test
    void styleFailsOnEveryFinding() {
        for (Severity severity : Severity.values()) {
            // ignore is the level of a rule that does not run: no finding has it
            assertEquals(severity != Severity.IGNORE, FailureThreshold.STYLE.failsOn(severity), severity.label());
        }
    }

    @Test
    void noneNeverFails() {
        for (Severity severity : Severity.values()) {
            assertFalse(FailureThreshold.NONE.failsOn(severity), severity.label());
        }
    }

    @Test
    void namesAreReadInAnyCaseAndIgnoreMeansNone() {
        assertEquals(FailureThreshold.INFO, FailureThreshold.parse(" Info "));
        assertEquals(FailureThreshold.NONE, FailureThreshold.parse("none"));
        assertEquals(FailureThreshold.NONE, FailureThreshold.parse("ignore"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FailureThreshold.parse("fatal"));
        assertTrue(e.getMessage().contains("'fatal'"), e.getMessage());
    }
}
