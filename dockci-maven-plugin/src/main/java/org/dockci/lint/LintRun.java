package org.dockci.lint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dockci.dockerfile.DockerfileParser;
import org.dockci.lint.rules.Rules;

/**
 * One run of the linter over some Dockerfiles: each file gets the configuration that applies to it
 * (see {@link LintConfigLookup}), is parsed and linted; the result can be written as reports.
 * Paths in findings are shown relative to {@code displayBase}, where the user runs the build.
 */
public final class LintRun {

    private final LintConfigLookup configs;
    private final Path displayBase;

    /** A run reading {@code .hadolint.yaml} files under {@code repositoryRoot}, with {@code pom} settings on top. */
    public LintRun(Path repositoryRoot, LintConfig pom, Path displayBase) {
        this.configs = new LintConfigLookup(repositoryRoot, pom);
        this.displayBase = displayBase.toAbsolutePath().normalize();
    }

    /** Lints {@code dockerfiles}, in order. */
    public List<LintedFile> lint(List<Path> dockerfiles) throws IOException, LintConfigException {
        List<LintedFile> linted = new ArrayList<>();
        for (Path file : dockerfiles) {
            LintConfig config = configs.forDockerfile(file);
            Linter linter = new Linter(Rules.all(config), config);
            linted.add(linter.lint(displayPath(file), DockerfileParser.parse(file)));
        }
        return linted;
    }

    /**
     * Writes the JUnit report {@code TEST-dockci-lint.xml}, the checkstyle report {@code checkstyle-lint.xml} and
     * {@code lint.json}, the findings for the run report.
     */
    public static void writeReports(List<LintedFile> linted, Path directory) throws IOException {
        JUnitReport.write(linted, directory.resolve("TEST-dockci-lint.xml"));
        CheckstyleReport.write(linted, directory.resolve("checkstyle-lint.xml"));
        LintFindings.of(linted).write(directory);
    }

    private String displayPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(displayBase) ? displayBase.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
