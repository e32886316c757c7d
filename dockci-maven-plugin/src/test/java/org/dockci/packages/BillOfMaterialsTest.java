package org.dockci.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;

/** The bill of materials: CycloneDX 1.6 that its schema accepts, one component with a package URL per package. */
class BillOfMaterialsTest {

    private static final PackageInventory INVENTORY = new PackageInventory(Optional.of(new Distro("debian", "12")),
            Optional.of(PackageManager.DPKG), List.of(new InstalledPackage("openssl", "3.0.17-1~deb12u1", "amd64"),
                    new InstalledPackage("tzdata", "2025b-0+deb12u1", "all")));

    @Test
    void eachPackageIsAComponentWithItsPackageUrl() throws Exception {
        String json = BillOfMaterials.json("localhost:5000/dockci/x3-webdav:1.0.1-dev.3f2c1ab",
                Instant.parse("2026-12-01T10:00:00Z"), INVENTORY);

        JsonNode bom = new ObjectMapper().readTree(json);
        assertEquals("CycloneDX", bom.path("bomFormat").asText());
        assertEquals("1.6", bom.path("specVersion").asText());
        assertEquals("container", bom.path("metadata").path("component").path("type").asText());
        assertEquals("localhost:5000/dockci/x3-webdav", bom.path("metadata").path("component").path("name").asText());
        assertEquals("1.0.1-dev.3f2c1ab", bom.path("metadata").path("component").path("version").asText());
        assertEquals("2026-12-01T10:00:00Z", bom.path("metadata").path("timestamp").asText());
        assertEquals("pkg:deb/debian/openssl@3.0.17-1~deb12u1?arch=amd64&distro=debian-12",
                bom.path("components").get(0).path("purl").asText());
        assertEquals("pkg:deb/debian/tzdata@2025b-0%2Bdeb12u1?arch=all&distro=debian-12",
                bom.path("components").get(1).path("purl").asText());
    }

    @Test
    void theSchemaAcceptsIt() throws Exception {
        String json = BillOfMaterials.json("localhost:5000/dockci/x3-webdav:1.0.0", Instant.EPOCH, INVENTORY);

        List<?> problems = new JsonParser().validate(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Version.VERSION_16);
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void theSameImageGivesTheSameDocument() {
        Instant created = Instant.parse("2026-12-01T10:00:00Z");
        assertEquals(BillOfMaterials.json("a:1", created, INVENTORY), BillOfMaterials.json("a:1", created, INVENTORY));
    }
}
