package org.dockci.lint.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.contrastsecurity.sarif.SarifSchema210;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One report of a format for a whole reactor, from the reports its modules wrote: GitLab reads one Code Quality
 * file per job, and a dashboard one SARIF log. The GitLab and hadolint JSON arrays are joined; the SARIF logs become
 * one run whose rules are every module's, each result pointing at its rule in the joined list. The modules' files
 * name the Dockerfiles alike (from the repository's top; hadolint's JSON from where Maven runs), so they join as they
 * are.
 */
public final class ReactorReports {

    /** The formats that are joined; the XML reports are read per module (Jenkins takes a glob) and lines are lines. */
    public static final Set<LintFormat> JOINED = EnumSet.of(LintFormat.JSON, LintFormat.SARIF, LintFormat.GITLAB);

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReactorReports() {
    }

    /**
     * Joins the modules' reports of {@code format}, {@code moduleReports}, in order, into {@code into}, making its
     * folder if needed.
     *
     * @throws IllegalArgumentException for a format that is not {@linkplain #JOINED joined}, or no report to join
     */
    public static void join(LintFormat format, List<Path> moduleReports, Path into) throws IOException {
        if (!JOINED.contains(format)) {
            throw new IllegalArgumentException(format.label() + " reports are not joined");
        }
        Files.createDirectories(into.toAbsolutePath().getParent());
        if (format == LintFormat.SARIF) {
            JSON.writeValue(into.toFile(), joinSarif(moduleReports));
            return;
        }
        ArrayNode joined = JSON.createArrayNode();
        for (Path report : moduleReports) {
            JsonNode entries = read(report, JsonNode.class);
            if (!entries.isArray()) {
                throw new IOException(report + ": not a " + format.label() + " report: expected a JSON array");
            }
            joined.addAll((ArrayNode) entries);
        }
        JSON.writeValue(into.toFile(), joined);
    }

    /**
     * The logs as trees, not as the SARIF model: they were written through the model by dockci:lint, and binding
     * a hundred of them back to it costs the build more than the rest of its run report.
     */
    private static ObjectNode joinSarif(List<Path> moduleReports) throws IOException {
        if (moduleReports.isEmpty()) {
            throw new IllegalArgumentException("no SARIF log to join");
        }
        Map<String, JsonNode> rules = new TreeMap<>();
        ArrayNode results = JSON.createArrayNode();
        ObjectNode first = null;
        for (Path report : moduleReports) {
            JsonNode runs = read(report, JsonNode.class).path("runs");
            if (!runs.isArray()) {
                throw new IOException(report + ": not a SARIF log: expected an array of runs");
            }
            for (JsonNode run : runs) {
                first = first == null && run instanceof ObjectNode object ? object : first;
                run.path("tool").path("driver").path("rules").forEach(rule -> rules.putIfAbsent(rule.path("id").asText(),
                        rule));
                run.path("results").forEach(results::add);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        rules.keySet().forEach(id -> index.put(id, index.size()));
        for (JsonNode result : results) {
            if (result instanceof ObjectNode object) {
                object.put("ruleIndex", index.getOrDefault(result.path("ruleId").asText(), -1));
            }
        }
        if (first == null || !(first.path("tool").path("driver") instanceof ObjectNode driver)) {
            throw new IOException(moduleReports.get(0) + ": not a SARIF log of dockci: expected a run with tool.driver");
        }
        driver.putArray("rules").addAll(rules.values());
        first.set("results", results);
        ObjectNode log = JSON.createObjectNode().put("$schema", SarifReport.SCHEMA.toString())
                .put("version", SarifSchema210.Version._2_1_0.value());
        log.putArray("runs").add(first);
        return log;
    }

    private static <T> T read(Path report, Class<T> type) throws IOException {
        try {
            return JSON.readValue(report.toFile(), type);
        } catch (JsonProcessingException e) {
            throw new IOException(report + ": not readable as a lint report: " + e.getOriginalMessage(), e);
        }
    }
}
