package org.dockci.lint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code target/dockci/lint.json}: the Dockerfiles a module's lint read and every finding, with its severity as
 * the rule gave it (the checkstyle report has no style level). The run report reads it.
 *
 * @param files    the Dockerfiles linted, as printed
 * @param findings what was found, file by file
 */
public record LintFindings(List<String> files, List<Finding> findings) {

    public static final String NAME = "lint.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Keeps unmodifiable copies. */
    public LintFindings {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    /** The findings of {@code linted}. */
    public static LintFindings of(List<LintedFile> linted) {
        return new LintFindings(linted.stream().map(LintedFile::file).toList(),
                linted.stream().flatMap(file -> file.findings().stream()).toList());
    }

    /** How many findings have {@code severity}. */
    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }

    /** Writes {@code directory/lint.json}. */
    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        JSON.writeValue(directory.resolve(NAME).toFile(), this);
    }

    /** Reads {@code directory/lint.json}. */
    public static LintFindings read(Path directory) throws IOException {
        return JSON.readValue(directory.resolve(NAME).toFile(), LintFindings.class);
    }
}
