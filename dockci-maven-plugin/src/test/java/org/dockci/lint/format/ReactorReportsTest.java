package org.dockci.lint.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.dockci.lint.LintedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReactorReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path repository;

    /** The web module's report and the db module's, each written by its own lint, as in a reactor. */
    private List<Path> moduleReports(LintFormat format) throws Exception {
        Fixture.writeFiles(repository, Fixture.WEB_TEXT);
        SourceFiles sources = new SourceFiles(repository, repository);
        List<LintedFile> linted = Fixture.linted(0);
        LintFormats formats = new LintFormats(Set.of(format));
        Path web = repository.resolve("containers/web/target/dockci");
        Path db = repository.resolve("containers/db/target/dockci");
        return List.of(LintReports.write(formats, linted.subList(0, 1), web, sources, Optional.of("1.0.0")).get(0),
                LintReports.write(formats, linted.subList(1, 2), db, sources, Optional.of("1.0.0")).get(0));
    }

    @Test
    void gitlabIssuesOfEveryModuleAreOneArray() throws Exception {
        Path into = repository.resolve("target/dockci/gl-code-quality-report.json");

        ReactorReports.join(LintFormat.GITLAB, moduleReports(LintFormat.GITLAB), into);

        JsonNode joined = JSON.readTree(into.toFile());
        assertEquals(6, joined.size());
        assertEquals("containers/db/Dockerfile", joined.get(5).at("/location/path").asText());
    }

    @Test
    void sarifLogsBecomeOneValidRunWithEveryRule() throws Exception {
        Path into = repository.resolve("target/dockci/lint.sarif");

        ReactorReports.join(LintFormat.SARIF, moduleReports(LintFormat.SARIF), into);

        JsonNode joined = JSON.readTree(into.toFile());
        try (InputStream schema = getClass().getResourceAsStream("sarif-schema-2.1.0.json")) {
            assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema)
                    .validate(joined));
        }
        JsonNode run = joined.at("/runs/0");
        assertEquals(1, joined.get("runs").size());
        assertEquals(6, run.get("results").size());
        for (JsonNode result : run.get("results")) {
            assertEquals(result.get("ruleId").asText(),
                    run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText());
        }
        assertEquals("DC1000", run.at("/tool/driver/rules/0/id").asText());
    }

    @Test
    void linesAndXmlAreNotJoined() {
        assertThrows(IllegalArgumentException.class,
                () -> ReactorReports.join(LintFormat.JUNIT, List.of(), repository.resolve("x")));
    }
}
