package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dockci.version.ImageName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's target/dockci/build.json: what scripts read, with the names README documents. */
class BuildIndexTest {

    private static final String HEAD = "3f2c1ab9e8d7c6b5a49382716059e8d7c6b5a493";
    private static final Baseline RELEASE = new Baseline("x3-webdav-1.0.0", "9".repeat(40));

    @TempDir
    Path target;

    private static ModuleChange change(String name, Verdict verdict) {
        return new ModuleChange(name, "containers/" + name, verdict, Optional.of(RELEASE), HEAD, Optional.of("main"),
                List.of(), Optional.empty(), Optional.empty(), Instant.EPOCH);
    }

    private static BuildIndex.Container entry(ModuleChange change) {
        return BuildIndex.Container.of(change,
                change.metadata("1.0.1-SNAPSHOT", new ImageName("localhost:5000", "dockci", change.module()), "b-1"));
    }

    @Test
    void everyContainerIsListedInOrderWithItsImageTagsAndVerdict() throws Exception {
        ModuleChange webdav = change("x3-webdav",
                new Verdict.ChangedPaths(List.of("Dockerfile"), List.of(), RELEASE));
        ModuleChange proxy = change("x3-proxy", new Verdict.Unchanged(RELEASE, Optional.empty()));

        Path file = BuildIndex.of("b-1", ChangeMode.AUTO, List.of(entry(webdav), entry(proxy))).write(target);

        assertEquals(target.resolve("dockci/build.json"), file);
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertEquals(1, json.get("format").asInt());
        assertEquals("b-1", json.get("buildId").asText());
        assertEquals("auto", json.get("changes").asText());
        JsonNode first = json.get("containers").get(0);
        assertEquals("x3-webdav", first.get("name").asText());
        assertEquals("containers/x3-webdav", first.get("path").asText());
        assertEquals("localhost:5000/dockci/x3-webdav", first.get("image").asText());
        assertEquals("1.0.1-dev.3f2c1ab", first.get("candidate").asText());
        assertTrue(first.get("changed").asBoolean());
        assertEquals("paths", first.get("verdict").asText());
        assertEquals("changed: Dockerfile since x3-webdav-1.0.0", first.get("reason").asText());
        assertEquals("x3-webdav-1.0.0", first.get("baseline").asText());
        JsonNode second = json.get("containers").get(1);
        assertEquals("x3-proxy", second.get("name").asText());
        assertFalse(second.get("changed").asBoolean());
        assertEquals("unchanged", second.get("verdict").asText());
        assertEquals(0, second.get("bases").size());
    }

    @Test
    void aContainerNamesTheModulesItBuildsFrom() throws Exception {
        ModuleChange wiki = change("x3-wiki", new Verdict.ByMode(ChangeMode.ALL));
        BuildIndex.Container entry = BuildIndex.Container.of(wiki, wiki.metadata("1.0.1-SNAPSHOT",
                new ImageName("localhost:5000", "dockci", "x3-wiki"), "b-1").withBases(List.of("x3-os", "x3-base")));

        Path file = BuildIndex.of("b-1", ChangeMode.ALL, List.of(entry)).write(target);

        JsonNode bases = new ObjectMapper().readTree(file.toFile()).get("containers").get(0).get("bases");
        assertEquals(List.of("x3-base", "x3-os"), List.of(bases.get(0).asText(), bases.get(1).asText()));
        assertEquals(List.of("x3-base", "x3-os"), BuildIndex.read(target).containers().get(0).bases());
    }

    @Test
    void whatIsWrittenReadsBackAndReplacesTheLastBuildsWhole() throws Exception {
        BuildIndex.of("b-1", ChangeMode.ALL, List.of(entry(change("a", new Verdict.ByMode(ChangeMode.ALL)))))
                .write(target);
        BuildIndex next = BuildIndex.of("b-2", ChangeMode.NONE,
                List.of(entry(change("b", new Verdict.ByMode(ChangeMode.NONE)))));

        next.write(target);

        assertEquals(next, BuildIndex.read(target));
        try (var files = Files.list(target.resolve("dockci"))) {
            assertEquals(List.of("build.json"), files.map(path -> path.getFileName().toString()).toList(),
                    "no temporary file is left beside it");
        }
    }
}
