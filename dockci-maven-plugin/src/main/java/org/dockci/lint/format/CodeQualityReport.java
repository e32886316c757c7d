package org.dockci.lint.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.dockci.lint.Finding;
import org.dockci.lint.LintedFile;
import org.dockci.lint.Severity;

/**
 * GitLab's Code Quality report ({@code artifacts:reports:codequality}), which merge requests show: one array with
 * an issue per finding, {@code description}, {@code check_name} (the rule's code), {@code fingerprint},
 * {@code severity} and {@code location} ({@code path} from the repository's top, {@code lines.begin}).
 *
 * <p>Severities as hadolint's {@code gitlab_codeclimate}: error is blocker, warning major, info info, style minor.
 * The fingerprint stays when lines are added above a finding ({@link Fingerprints}).
 */
public final class CodeQualityReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private CodeQualityReport() {
    }

    /** One finding as GitLab reads it. */
    @JsonPropertyOrder({"description", "check_name", "fingerprint", "severity", "location"})
    public record Issue(String description, @JsonProperty("check_name") String checkName, String fingerprint,
            String severity, Location location) {
    }

    /** Where a finding is: the file from the repository's top and its line. */
    public record Location(String path, Lines lines) {
    }

    /** The line of a finding: GitLab reads {@code begin} only. */
    public record Lines(int begin) {
    }

    /** The issues of {@code files}, in order. */
    public static List<Issue> issues(List<LintedFile> files, SourceFiles sources) {
        List<Issue> issues = new ArrayList<>();
        for (LintedFile file : files) {
            String path = sources.repositoryPath(file.file());
            List<String> fingerprints = Fingerprints.of(file, sources);
            for (int i = 0; i < file.findings().size(); i++) {
                Finding finding = file.findings().get(i);
                issues.add(new Issue(finding.code() + " " + finding.message(), finding.code(), fingerprints.get(i),
                        severity(finding.severity()), new Location(path, new Lines(finding.position().line()))));
            }
        }
        return issues;
    }

    /** Writes the report of {@code files} to {@code report}, making its folder if needed. */
    public static void write(List<LintedFile> files, SourceFiles sources, Path report) throws IOException {
        Files.createDirectories(report.toAbsolutePath().getParent());
        JSON.writeValue(report.toFile(), issues(files, sources));
    }

    /** Writes the report of {@code files} to {@code out}, left open. */
    public static void write(List<LintedFile> files, SourceFiles sources, OutputStream out) throws IOException {
        JSON.writeValue(out, issues(files, sources));
    }

    /** GitLab's level for {@code severity}. */
    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "blocker";
            case WARNING -> "major";
            case INFO -> "info";
            case STYLE, IGNORE -> "minor";
        };
    }
}
