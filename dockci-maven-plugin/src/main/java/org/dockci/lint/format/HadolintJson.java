package org.dockci.lint.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.dockci.lint.Finding;
import org.dockci.lint.LintedFile;

/**
 * hadolint's {@code --format json}: one array with an object per finding, {@code file}, {@code line},
 * {@code column}, {@code level} (error, warning, info, style), {@code code} and {@code message}, which Jenkins'
 * warnings plugin reads with its hadolint parser. {@code column} is the finding's own (hadolint always writes 1).
 */
public final class HadolintJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private HadolintJson() {
    }

    /** One finding as hadolint writes it. */
    @JsonPropertyOrder({"file", "line", "column", "level", "code", "message"})
    public record Entry(String file, int line, int column, String level, String code, String message) {

        static Entry of(Finding finding) {
            return new Entry(finding.file(), finding.position().line(), finding.position().column(),
                    finding.severity().label(), finding.code(), finding.message());
        }
    }

    /** The entries of {@code files}, in order. */
    public static List<Entry> entries(List<LintedFile> files) {
        return files.stream().flatMap(file -> file.findings().stream()).map(Entry::of).toList();
    }

    /** Writes the report of {@code files} to {@code report}, making its folder if needed. */
    public static void write(List<LintedFile> files, Path report) throws IOException {
        Files.createDirectories(report.toAbsolutePath().getParent());
        JSON.writeValue(report.toFile(), entries(files));
    }

    /** Writes the report of {@code files} to {@code out}, left open. */
    public static void write(List<LintedFile> files, OutputStream out) throws IOException {
        JSON.writeValue(out, entries(files));
    }
}
