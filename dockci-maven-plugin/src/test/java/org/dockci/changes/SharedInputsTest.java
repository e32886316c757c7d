package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedInputsTest {

    private static final List<String> CHANGED = List.of("pom.xml", "containers/pom.xml", "containers/a/pom.xml",
            "containers/src/test/java/org/dockci/testkit/Http.java", "scripts/build-env.sh", "README.md");

    @TempDir
    Path workTree;

    private List<String> matching(String... entries) {
        return SharedInputs.of(List.of(entries), workTree).matching(CHANGED);
    }

    @Test
    void aBrokenGlobIsTheUsersToCorrectNamingTheSetting() {
        DetectConfigurationException error = assertThrows(DetectConfigurationException.class,
                () -> SharedInputs.of(List.of("containers/[ab"), workTree));

        assertEquals("dockci.changes.sharedPaths: 'containers/[ab' is not a glob (an unclosed [ or {, a trailing \\?):"
                + " correct it", error.getMessage());
    }

    @Test
    void aPlainPathNamesThatFileOnly() {
        assertEquals(List.of("containers/pom.xml"), matching("containers/pom.xml"));
        assertEquals(List.of("pom.xml"), matching("pom.xml"));
    }

    @Test
    void aFolderNamesEverythingUnderIt() {
        assertEquals(List.of("scripts/build-env.sh"), matching("scripts"));
        assertEquals(List.of("scripts/build-env.sh"), matching("scripts/"));
        assertEquals(List.of(), matching("script"));
    }

    @Test
    void aGlobNamesWhatItMatchesAndWhatLiesInAFolderItMatches() {
        assertEquals(List.of("containers/a/pom.xml", "containers/pom.xml"), matching("containers/**/pom.xml",
                "containers/pom.xml"));
        assertEquals(List.of("containers/src/test/java/org/dockci/testkit/Http.java"), matching("containers/s*"));
        assertEquals(List.of("README.md", "pom.xml"), matching("*.{md,xml}"));
    }

    @Test
    void anAbsolutePathInTheWorkTreeIsThatFileAndOneOutsideIsLeftOut() throws Exception {
        Path real = workTree.toRealPath();
        SharedInputs inputs = SharedInputs.of(List.of(real.resolve("containers/pom.xml").toString(),
                real.getParent().resolve("m2/parent.pom").toString()), real);

        assertEquals(List.of("containers/pom.xml"), inputs.matching(CHANGED));
    }

    @Test
    void noEntryNamesNothing() {
        assertEquals(List.of(), matching());
        assertEquals(List.of(), matching(" "));
    }
}
