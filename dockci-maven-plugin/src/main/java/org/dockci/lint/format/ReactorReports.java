package org.dockci.lint.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.TreeMap;

import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;

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
            SarifReport.JSON.writeValue(into.toFile(), joinSarif(moduleReports));
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

    private static SarifSchema210 joinSarif(List<Path> moduleReports) throws IOException {
        Map<String, ReportingDescriptor> rules = new TreeMap<>();
        List<Result> results = new ArrayList<>();
        Run first = null;
        if (moduleReports.isEmpty()) {
            throw new IllegalArgumentException("no SARIF log to join");
        }
        for (Path report : moduleReports) {
            for (Run run : read(report, SarifSchema210.class).getRuns()) {
                first = first == null ? run : first;
                run.getTool().getDriver().getRules().forEach(rule -> rules.putIfAbsent(rule.getId(), rule));
                results.addAll(run.getResults());
            }
        }
        List<String> ids = List.copyOf(rules.keySet());
        results.forEach(result -> result.setRuleIndex(ids.indexOf(result.getRuleId())));
        Run run = first;
        run.getTool().getDriver().setRules(new LinkedHashSet<>(rules.values()));
        run.setResults(results);
        return new SarifSchema210().with$schema(SarifReport.SCHEMA).withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    private static <T> T read(Path report, Class<T> type) throws IOException {
        try {
            return JSON.readValue(report.toFile(), type);
        } catch (JsonProcessingException e) {
            throw new IOException(report + ": not readable as a lint report: " + e.getOriginalMessage(), e);
        }
    }
}
