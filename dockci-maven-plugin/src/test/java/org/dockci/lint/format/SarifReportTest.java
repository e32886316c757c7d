package org.dockci.lint.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF log, validated against the SARIF 2.1.0 JSON schema. The schema, {@code sarif-schema-2.1.0.json} beside
 * this test, is OASIS' (Static Analysis Results Interchange Format Version 2.1.0 Plus Errata 01, id
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json), copied unchanged from
 * the OASIS TC's repository github.com/oasis-tcs/sarif-spec, file sarif-2.1/schema/sarif-schema-2.1.0.json at
 * commit e0583813964ec43cea53b6b531b402866095ed1f.
 */
class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @TempDir
    Path repository;

    @BeforeAll
    static void readSchema() throws IOException {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private JsonNode log() throws Exception {
        Fixture.writeFiles(repository, Fixture.WEB_TEXT);
        Path report = repository.resolve("target/dockci/lint.sarif");
        SarifReport.write(Fixture.linted(0), new SourceFiles(repository, repository), Optional.of("1.0.0"), report);
        return JSON.readTree(report.toFile());
    }

    @Test
    void logValidatesAgainstTheSarif210Schema() throws Exception {
        JsonNode log = log();

        Set<ValidationMessage> problems = schema.validate(log);

        assertEquals(Set.of(), problems);
        assertEquals("2.1.0", log.get("version").asText());
    }

    @Test
    void cleanRunIsAValidLogWithoutResults() throws Exception {
        Path report = repository.resolve("lint.sarif");
        SarifReport.write(List.of(), new SourceFiles(repository, repository), Optional.empty(), report);
        JsonNode log = JSON.readTree(report.toFile());

        assertEquals(Set.of(), schema.validate(log));
        assertEquals(0, log.at("/runs/0/results").size());
    }

    @Test
    void schemaCheckIsNotVacuous() throws Exception {
        ObjectNode broken = (ObjectNode) log();
        broken.put("version", "2.0.0");
        ((ObjectNode) broken.at("/runs/0/results/0")).put("level", "fatal");

        assertFalse(schema.validate(broken).isEmpty());
    }

    @Test
    void rulesAreTheCodesFoundWithHelpForHadolintsCodes() throws Exception {
        JsonNode driver = log().at("/runs/0/tool/driver");

        assertEquals("dockci", driver.get("name").asText());
        assertEquals("1.0.0", driver.get("version").asText());
        List<String> ids = StreamSupport.stream(driver.get("rules").spliterator(), false)
                .map(rule -> rule.get("id").asText()).toList();
        assertEquals(List.of("DC1000", "DL3008", "DL3015", "DL3020", "DL4000"), ids);
        JsonNode dl3020 = driver.get("rules").get(3);
        assertEquals("https://github.com/hadolint/hadolint/wiki/DL3020", dl3020.get("helpUri").asText());
        assertTrue(dl3020.at("/shortDescription/text").asText().contains("COPY"), dl3020.toString());
        assertTrue(driver.get("rules").get(0).path("helpUri").isMissingNode());
        assertEquals(Optional.of(java.net.URI.create("https://github.com/koalaman/shellcheck/wiki/SC2086")),
                SarifReport.helpUri("SC2086"));
    }

    @Test
    void resultsPointAtTheirRuleAndPlaceFromTheRepositoryTop() throws Exception {
        JsonNode run = log().at("/runs/0");
        JsonNode results = run.get("results");

        assertEquals(6, results.size());
        JsonNode first = results.get(0);
        assertEquals("DL3008", first.get("ruleId").asText());
        assertEquals("DL3008", run.at("/tool/driver/rules/" + first.get("ruleIndex").asInt() + "/id").asText());
        assertEquals("warning", first.get("level").asText());
        assertEquals("containers/web/Dockerfile",
                first.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(3, first.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(5, first.at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertEquals(List.of("warning", "note", "error", "warning", "note", "error"),
                StreamSupport.stream(results.spliterator(), false).map(result -> result.get("level").asText())
                        .toList());
        assertEquals(64, first.at("/partialFingerprints/dockci~1v1").asText().length());
    }
}
