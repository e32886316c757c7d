package org.dockci.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseTagFormatTest {

    private final ReleaseTagFormat standard = ReleaseTagFormat.defaultFormat();

    @Test
    void theDefaultNamesTheTagAfterModuleAndVersion() {
        assertEquals("x3-webdav-1.2.0", standard.tagName("x3-webdav", "1.2.0"));
        assertEquals("x3-webdav-<version>", standard.describe("x3-webdav"));
    }

    @Test
    void aModulesTagGivesBackItsVersion() {
        assertEquals(Optional.of("1.2.0"), standard.versionIn("x3-webdav-1.2.0", "x3-webdav"));
        assertEquals(Optional.of("1.2.0-rc1"), standard.versionIn("x3-webdav-1.2.0-rc1", "x3-webdav"));
    }

    @Test
    void anotherModulesTagIsNotOneOfItsReleases() {
        assertEquals(Optional.empty(), standard.versionIn("x3-webdav-1.2.0", "x3-web"));
        assertEquals(Optional.empty(), standard.versionIn("x3-registry-1.2.0", "x3-webdav"));
        assertEquals(Optional.empty(), standard.versionIn("v1.2.0", "x3-webdav"));
    }

    @Test
    void anArtifactIdWithRegexCharactersIsTakenLiterally() {
        assertEquals(Optional.empty(), standard.versionIn("aXb-1.0.0", "a.b"));
        assertEquals(Optional.of("1.0.0"), standard.versionIn("a.b-1.0.0", "a.b"));
    }

    @Test
    void aFormatMayPutTheVersionAnywhere() {
        ReleaseTagFormat format = new ReleaseTagFormat("v@{project.version}@@{project.artifactId}");

        assertEquals("v1.0.0@a", format.tagName("a", "1.0.0"));
        assertEquals(Optional.of("1.0.0"), format.versionIn("v1.0.0@a", "a"));
        assertEquals(Optional.empty(), format.versionIn("v1.0.0@b", "a"));
    }

    @Test
    void aFormatWithoutVersionOrWithAnUnknownPlaceholderIsRefused() {
        IllegalArgumentException noVersion = assertThrows(IllegalArgumentException.class,
                () -> new ReleaseTagFormat("@{project.artifactId}"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new ReleaseTagFormat("@{project.groupId}-@{project.version}"));

        assertTrue(noVersion.getMessage().contains("must contain @{project.version}"), noVersion.getMessage());
        assertTrue(unknown.getMessage().contains("@{project.groupId}"), unknown.getMessage());
    }
}
