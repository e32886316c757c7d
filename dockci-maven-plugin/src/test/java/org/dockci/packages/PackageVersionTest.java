package org.dockci.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions ordered as dpkg orders them (dpkg --compare-versions). */
class PackageVersionTest {

    @Test
    void versionsSortAsDpkgSortsThem() {
        List<String> sorted = List.of("1.0~rc1", "1.0", "1.0-1", "1.0-1+deb12u1", "1.0a", "1.0.1", "1.2", "1.10",
                "1:0.1");
        List<String> shuffled = new ArrayList<>(sorted);
        java.util.Collections.reverse(shuffled);
        shuffled.sort(PackageVersion.ORDER);
        assertEquals(sorted, shuffled);
    }

    @Test
    void aSecurityUpdateIsNewerThanThePointRelease() {
        assertTrue(PackageVersion.compare("3.0.15-1~deb12u1", "3.0.17-1~deb12u1") < 0);
        assertTrue(PackageVersion.compare("1:1.2.13.dfsg-1", "1:1.2.13.dfsg-1+deb12u1") < 0);
        assertTrue(PackageVersion.compare("5.36.0-7+deb12u4", "5.36.0-7+deb12u3") > 0);
    }

    @Test
    void equalVersionsCompareEqualWhateverTheirLeadingZeros() {
        assertEquals(0, PackageVersion.compare("1.01", "1.1"));
        assertEquals(0, PackageVersion.compare("0:1.1", "1.1"));
    }

    @Test
    void anEpochWinsOverEverythingElse() {
        assertTrue(PackageVersion.compare("1:1.0", "9.9") > 0);
    }
}
