package org.dockci.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packages of two images compared: added, removed, upgraded, downgraded; and the files written. */
class PackageDiffTest {

    @TempDir
    Path directory;

    private static PackageInventory debian(InstalledPackage... packages) {
        return new PackageInventory(Optional.of(new Distro("debian", "13")), Optional.of(PackageManager.DPKG),
                List.of(packages));
    }

    private static InstalledPackage amd64(String name, String version) {
        return new InstalledPackage(name, version, "amd64");
    }

    @Test
    void eachKindOfChangeIsTold() {
        PackageDiff diff = PackageDiff.between(
                debian(amd64("openssl", "3.0.15-1~deb12u1"), amd64("curl", "7.88.1-10"), amd64("gone", "1.0"),
                        amd64("same", "2.0"), amd64("pinned", "2.0")),
                debian(amd64("openssl", "3.0.17-1~deb12u1"), amd64("curl", "7.88.1-10"), amd64("new", "0.1"),
                        amd64("same", "2.0"), amd64("pinned", "1.9")));

        assertEquals(List.of(new PackageDiff.VersionChange("openssl", "amd64", "3.0.15-1~deb12u1", "3.0.17-1~deb12u1")),
                diff.upgraded());
        assertEquals(List.of(new PackageDiff.VersionChange("pinned", "amd64", "2.0", "1.9")), diff.downgraded());
        assertEquals(List.of(amd64("new", "0.1")), diff.added());
        assertEquals(List.of(amd64("gone", "1.0")), diff.removed());
        assertEquals("1 package upgraded (openssl 3.0.15-1~deb12u1 → 3.0.17-1~deb12u1), 1 downgraded (pinned 2.0 → 1.9),"
                + " 1 added (new 0.1), 1 removed (gone 1.0)", diff.summary(5));
    }

    @Test
    void theSummaryNamesAFewAndCountsAll() {
        PackageDiff diff = PackageDiff.between(debian(amd64("a", "1"), amd64("b", "1"), amd64("c", "1")),
                debian(amd64("a", "2"), amd64("b", "2"), amd64("c", "2")));

        assertEquals("3 packages upgraded (a 1 → 2, b 1 → 2, …)", diff.summary(2));
        assertEquals("3 packages upgraded", diff.summary(0));
    }

    @Test
    void identicalImagesHaveNoChange() {
        PackageDiff diff = PackageDiff.between(debian(amd64("a", "1")), debian(amd64("a", "1")));

        assertTrue(diff.nothingChanged());
        assertEquals("no package changed", diff.summary(5));
    }

    @Test
    void theReportIsWrittenAsJsonThatReadsBackAndAsAMarkdownTable() throws Exception {
        PackageDiff diff = PackageDiff.between(debian(amd64("dockci-testpkg", "1.0")),
                debian(amd64("dockci-testpkg", "1.1"), amd64("pipe|name", "1")));
        PackageDiffReport report = new PackageDiffReport("x3-testpkg", "localhost:5000/dockci/x3-testpkg:1.0.0",
                "localhost:5000/dockci/x3-testpkg:1.0.1-dev.3f2c1ab", diff);

        report.write(directory);

        assertEquals(report, PackageDiffReport.read(directory));
        String markdown = Files.readString(directory.resolve("package-diff.md"));
        assertTrue(markdown.startsWith("### x3-testpkg: packages since `localhost:5000/dockci/x3-testpkg:1.0.0`\n"), markdown);
        assertTrue(markdown.contains("| dockci-testpkg | upgraded | 1.0 | 1.1 |\n"), markdown);
        assertTrue(markdown.contains("| pipe\\|name | added |  | 1 |\n"), "a | in a name does not break the table");
    }
}
