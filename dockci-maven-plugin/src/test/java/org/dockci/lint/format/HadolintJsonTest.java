package org.dockci.lint.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadolintJsonTest {

    @Test
    void oneObjectPerFindingWithHadolintsKeysAndTypes(@TempDir Path folder) throws Exception {
        Path report = folder.resolve("target/dockci/lint-hadolint.json");

        HadolintJson.write(Fixture.linted(0), report);

        JsonNode read = new ObjectMapper().readTree(report.toFile());
        assertTrue(read.isArray());
        assertEquals(6, read.size());
        for (JsonNode entry : read) {
            List<String> keys = new ArrayList<>();
            entry.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("file", "line", "column", "level", "code", "message"), keys);
            assertTrue(entry.get("file").isTextual() && entry.get("line").isInt() && entry.get("column").isInt()
                    && entry.get("level").isTextual() && entry.get("code").isTextual()
                    && entry.get("message").isTextual(), entry.toString());
        }
        JsonNode error = read.get(2);
        assertEquals("containers/web/Dockerfile", error.get("file").asText());
        assertEquals(4, error.get("line").asInt());
        assertEquals(1, error.get("column").asInt());
        assertEquals("error", error.get("level").asText());
        assertEquals("DL3020", error.get("code").asText());
        assertEquals("style", read.get(4).get("level").asText());
        assertEquals(5, read.get(0).get("column").asInt());
    }

    @Test
    void noFindingsIsAnEmptyArray(@TempDir Path folder) throws Exception {
        Path report = folder.resolve("lint-hadolint.json");

        HadolintJson.write(List.of(), report);

        assertEquals("[ ]", new ObjectMapper().readTree(report.toFile()).toPrettyString());
    }
}
