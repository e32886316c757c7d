package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathListTest {

    @Test
    void upToThreePathsAreListed() {
        assertEquals("Dockerfile", PathList.of(List.of("Dockerfile")));
        assertEquals("a, b, c", PathList.of(List.of("a", "b", "c")));
    }

    @Test
    void moreThanThreeAreCounted() {
        assertEquals("a, b, c and 1 more", PathList.of(List.of("a", "b", "c", "d")));
        assertEquals("a, b, c and 7 more", PathList.of(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")));
    }
}
