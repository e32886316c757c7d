package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonsTest {

    @Test
    void upToThreePathsAreListed() {
        assertEquals("Dockerfile", Reasons.paths(List.of("Dockerfile")));
        assertEquals("a, b, c", Reasons.paths(List.of("a", "b", "c")));
    }

    @Test
    void moreThanThreeAreCounted() {
        assertEquals("a, b, c and 1 more", Reasons.paths(List.of("a", "b", "c", "d")));
        assertEquals("a, b, c and 7 more", Reasons.paths(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")));
    }
}
