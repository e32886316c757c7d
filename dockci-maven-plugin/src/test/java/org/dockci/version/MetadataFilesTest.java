package org.dockci.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataFilesTest {

    private static final ImageMetadata METADATA = new ImageMetadata("x3-webdav", true,
            "changed: Dockerfile since x3-webdav-1.2.0", "x3-webdav-1.2.0", "3f2c1ab" + "0".repeat(33),
            "9e8d7c6" + "1".repeat(33), "9e8d7c6", "feature/Foo", false, "1.2.1-SNAPSHOT",
            "localhost:5000/dockci/x3-webdav", new ImageTags("1.2.1-dev.9e8d7c6", List.of("feature-foo")),
            "2026-03-01T12:00:00Z", "jenkins-dockers-main-42");

    @TempDir
    Path target;

    @Test
    void bothFilesAreWrittenUnderDockciAndReadBack() throws Exception {
        Path written = MetadataFiles.write(target, METADATA);

        assertEquals(target.resolve("dockci"), written);
        assertEquals(METADATA, MetadataFiles.readJson(target));
        assertEquals(METADATA.projectProperties(), MetadataFiles.readProperties(target));
    }

    @Test
    void theJsonHasOneFieldPerValueAndTheTagsAsAList() throws Exception {
        MetadataFiles.write(target, METADATA);

        JsonNode json = new ObjectMapper().readTree(target.resolve("dockci/metadata.json").toFile());

        assertEquals(List.of("module", "changed", "reason", "baseline", "baselineCommit", "commit", "commitShort",
                "branch", "dirty", "version", "image", "tags", "created", "buildId", "bases"), fieldNames(json));
        assertTrue(json.get("changed").isBoolean());
        assertEquals("1.2.1-dev.9e8d7c6", json.get("tags").get("candidate").asText());
        assertEquals("feature-foo", json.get("tags").get("deploy").get(0).asText());
    }

    @Test
    void thePropertiesFileHasNoDateSoTheSameCommitGivesTheSameFile() throws Exception {
        MetadataFiles.write(target, METADATA);
        String first = Files.readString(target.resolve("dockci/metadata.properties"), StandardCharsets.ISO_8859_1);
        MetadataFiles.write(target, METADATA);
        String second = Files.readString(target.resolve("dockci/metadata.properties"), StandardCharsets.ISO_8859_1);

        assertFalse(first.contains("#"), first);
        assertEquals(first, second);
        assertTrue(first.contains("\ndockci.module=x3-webdav\n"), first);
        assertEquals(first.lines().sorted().toList(), first.lines().toList(), "one order: by key");
    }

    @Test
    void theModulesItBuildsFromAreSortedAndJoinedNoneIsEmpty() throws Exception {
        ImageMetadata child = METADATA.withBases(List.of("x3-os", "x3-base"));

        MetadataFiles.write(target, child);

        assertEquals(List.of("x3-base", "x3-os"), MetadataFiles.readJson(target).bases());
        assertEquals("x3-base,x3-os", MetadataFiles.readProperties(target).get("dockci.bases"));
        assertEquals("", METADATA.projectProperties().get("dockci.bases"));
    }

    @Test
    void textThatPropertiesMustEscapeIsReadBackUnchanged() throws Exception {
        ImageMetadata odd = new ImageMetadata("m", false, "unchanged: é = ü: #1 \\ done", "", "", "c", "c", "", true,
                "1.0.0", "m", new ImageTags("1.0.0", List.of()), "2026-01-01T00:00:00Z", "local-1a2b3c4d5e6f");

        MetadataFiles.write(target, odd);

        assertEquals(odd, MetadataFiles.readJson(target));
        assertEquals("unchanged: é = ü: #1 \\ done", MetadataFiles.readProperties(target).get("dockci.reason"));
    }

    @Test
    void projectPropertiesNameEveryValueTheBuildUses() {
        Map<String, String> properties = METADATA.projectProperties();

        assertEquals("true", properties.get("dockci.changed"));
        assertEquals(METADATA.commit(), properties.get("dockci.revision"));
        assertEquals("9e8d7c6", properties.get("dockci.revision.short"));
        assertEquals("2026-03-01T12:00:00Z", properties.get("dockci.created"));
        assertEquals("1.2.1-dev.9e8d7c6", properties.get("dockci.tag"));
        assertEquals("feature-foo", properties.get("dockci.tags.deploy"));
        // one docker:tag per slot at deploy: the branch, then the candidate again (tags nothing new)
        assertEquals("feature-foo", properties.get("dockci.tag.deploy.1"));
        assertEquals("1.2.1-dev.9e8d7c6", properties.get("dockci.tag.deploy.2"));
        assertEquals("1.2.1-dev.9e8d7c6", properties.get("dockci.tag.deploy.3"));
        assertEquals("feature/Foo", properties.get("dockci.branch"));
        assertEquals("x3-webdav-1.2.0", properties.get("dockci.baseline"));
        assertEquals("false", properties.get("dockci.dirty"));
        assertEquals("localhost:5000/dockci/x3-webdav", properties.get("dockci.image"));
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
