package org.dockci.lint.format;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.dockci.lint.Finding;
import org.dockci.lint.LintedFile;
import org.dockci.lint.Rule;
import org.dockci.lint.LintConfig;
import org.dockci.lint.rules.Rules;

/**
 * The findings as a SARIF 2.1.0 log (OASIS' Static Analysis Results Interchange Format), which code scanning
 * dashboards read: one run of the tool {@code dockci}, the codes found as its rules ({@code tool.driver.rules}, each
 * with its help page where there is one: hadolint's wiki for DL codes, ShellCheck's for SC codes, as hadolint's
 * README links them), one result per finding with its level (error, warning; info and style are notes, as hadolint
 * writes them), its message, and its place: the file as a URI from the repository's top, its line and column. Each
 * result carries the fingerprint of the GitLab report ({@link Fingerprints}) as
 * {@code partialFingerprints."dockci/v1"}.
 *
 * <p>Written with the SARIF object model of {@code com.contrastsecurity:java-sarif} (generated from the schema).
 */
public final class SarifReport {

    /** The key of dockci's fingerprint in a result's {@code partialFingerprints}. */
    public static final String FINGERPRINT = "dockci/v1";

    /** The schema a log names: SchemaStore's copy of OASIS' SARIF 2.1.0 schema, as hadolint and GitHub name it. */
    static final URI SCHEMA = URI.create("https://json.schemastore.org/sarif-2.1.0.json");

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).addMixIn(Result.class, ExplicitLevel.class);

    /**
     * The model leaves out a value that is the schema's default, so a warning's {@code level} would be missing: it
     * means warning all the same, but a reader of the file should not need to know SARIF's defaults.
     */
    private abstract static class ExplicitLevel {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        Result.Level level;
    }

    /** What each rule asks for, in one sentence: the short description of its code. */
    private static final Map<String, String> DESCRIPTIONS = descriptions();

    private SarifReport() {
    }

    /** The log of {@code files}; {@code toolVersion} is dockci's version, empty when unknown. */
    public static SarifSchema210 log(List<LintedFile> files, SourceFiles sources, Optional<String> toolVersion) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        Map<String, String> firstMessage = new LinkedHashMap<>();
        for (String code : new TreeSet<>(files.stream().flatMap(file -> file.findings().stream())
                .map(Finding::code).toList())) {
            ruleIndex.put(code, ruleIndex.size());
        }
        List<Result> results = new ArrayList<>();
        for (LintedFile file : files) {
            List<String> fingerprints = Fingerprints.of(file, sources);
            for (int i = 0; i < file.findings().size(); i++) {
                Finding finding = file.findings().get(i);
                firstMessage.putIfAbsent(finding.code(), finding.message());
                results.add(new Result().withRuleId(finding.code()).withRuleIndex(ruleIndex.get(finding.code()))
                        .withLevel(level(finding)).withMessage(new Message().withText(finding.message()))
                        .withLocations(List.of(new Location().withPhysicalLocation(new PhysicalLocation()
                                .withArtifactLocation(
                                        new ArtifactLocation().withUri(sources.repositoryUri(file.file())))
                                .withRegion(new Region().withStartLine(finding.position().line())
                                        .withStartColumn(finding.position().column())))))
                        .withPartialFingerprints(new PartialFingerprints()
                                .withAdditionalProperty(FINGERPRINT, fingerprints.get(i))));
            }
        }
        LinkedHashSet<ReportingDescriptor> rules = new LinkedHashSet<>();
        for (String code : ruleIndex.keySet()) {
            ReportingDescriptor rule = new ReportingDescriptor().withId(code).withShortDescription(
                    new MultiformatMessageString().withText(DESCRIPTIONS.getOrDefault(code, firstMessage.get(code))));
            helpUri(code).ifPresent(rule::setHelpUri);
            rules.add(rule);
        }
        ToolComponent driver = new ToolComponent().withName("dockci")
                .withFullName("dockci Dockerfile lint (hadolint's rules, Docker's syntax)").withRules(rules);
        toolVersion.filter(version -> !version.isBlank()).ifPresent(driver::setVersion);
        return new SarifSchema210().with$schema(SCHEMA).withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(new Run().withTool(new Tool().withDriver(driver)).withResults(results)));
    }

    /** Writes the log of {@code files} to {@code report}, making its folder if needed. */
    public static void write(List<LintedFile> files, SourceFiles sources, Optional<String> toolVersion, Path report)
            throws IOException {
        Files.createDirectories(report.toAbsolutePath().getParent());
        JSON.writeValue(report.toFile(), log(files, sources, toolVersion));
    }

    /** Writes the log of {@code files} to {@code out}, left open. */
    public static void write(List<LintedFile> files, SourceFiles sources, Optional<String> toolVersion,
            OutputStream out) throws IOException {
        JSON.writeValue(out, log(files, sources, toolVersion));
    }

    /** The page explaining {@code code}: hadolint's wiki for its DL codes, ShellCheck's (on GitHub) for SC codes. */
    static Optional<URI> helpUri(String code) {
        if (code.matches("DL[0-9]{4}")) {
            return Optional.of(URI.create("https://github.com/hadolint/hadolint/wiki/" + code));
        }
        if (code.matches("SC[0-9]{4}")) {
            return Optional.of(URI.create("https://github.com/koalaman/shellcheck/wiki/" + code));
        }
        return Optional.empty();
    }

    private static Result.Level level(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case INFO, STYLE, IGNORE -> Result.Level.NOTE;
        };
    }

    private static Map<String, String> descriptions() {
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (Rule rule : Rules.all(LintConfig.DEFAULTS)) {
            descriptions.putIfAbsent(rule.code(), rule.message());
        }
        return Map.copyOf(descriptions);
    }
}
