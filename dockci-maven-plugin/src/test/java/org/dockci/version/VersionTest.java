package org.dockci.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class VersionTest {

    private static List<String> sorted(String... versions) {
        return Stream.of(versions).map(Version::new).sorted().map(Version::text).toList();
    }

    @Test
    void numbersCompareAsNumbersNotAsText() {
        assertEquals(List.of("1.2.0", "1.9.0", "1.10.0", "2.0.0"), sorted("1.10.0", "2.0.0", "1.9.0", "1.2.0"));
    }

    @Test
    void aPreReleaseComesBeforeItsReleaseAndALongerNumberAfter() {
        assertEquals(List.of("1.4.0-alpha", "1.4.0-rc1", "1.4.0-rc2", "1.4.0-rc10", "1.4.0", "1.4.0.1"),
                sorted("1.4.0.1", "1.4.0", "1.4.0-rc10", "1.4.0-rc2", "1.4.0-alpha", "1.4.0-rc1"));
    }

    @Test
    void missingNumbersCountAsZero() {
        assertEquals(0, new Version("1.0").compareTo(new Version("1.0.0")));
        assertTrue(new Version("1.0").compareTo(new Version("1.0.1")) < 0);
    }

    @Test
    void aSnapshotIsKnownAndLosesItsSuffix() {
        Version snapshot = new Version("1.4.1-SNAPSHOT");

        assertTrue(snapshot.isSnapshot());
        assertEquals("1.4.1", snapshot.withoutSnapshot());
        assertFalse(new Version("1.4.1").isSnapshot());
        assertEquals("1.4.1", new Version("1.4.1").withoutSnapshot());
    }

    @Test
    void onlyNumbersMakeAPlainRelease() {
        assertTrue(new Version("1").isPlainRelease());
        assertTrue(new Version("1.4.0").isPlainRelease());
        assertFalse(new Version("1.4.0-rc1").isPlainRelease());
        assertFalse(new Version("1.4.0-SNAPSHOT").isPlainRelease());
    }

    @Test
    void anEmptyVersionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Version(" "));
    }
}
