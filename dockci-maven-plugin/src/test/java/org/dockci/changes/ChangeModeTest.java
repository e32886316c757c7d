package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChangeModeTest {

    @Test
    void modesAreReadInAnyCase() {
        assertEquals(ChangeMode.AUTO, ChangeMode.parse("auto"));
        assertEquals(ChangeMode.ALL, ChangeMode.parse(" ALL "));
        assertEquals(ChangeMode.NONE, ChangeMode.parse("None"));
        assertEquals("all", ChangeMode.ALL.toString());
    }

    @Test
    void anUnknownModeIsAnErrorListingTheKnownOnes() {
        DetectConfigurationException error = assertThrows(DetectConfigurationException.class, () -> ChangeMode.parse("some"));

        assertEquals("change mode 'some' is not one of auto, all, none, refresh", error.getMessage());
    }
}
