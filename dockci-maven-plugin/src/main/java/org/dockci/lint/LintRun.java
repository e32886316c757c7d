package org.dockci.lint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.dockci.dockerfile.DockerfileParser;
import org.dockci.lint.format.LintFormat;
import org.dockci.lint.format.LintFormats;
import org.dockci.lint.format.LintReports;
import org.dockci.lint.format.SourceFiles;
import org.dockci.lint.rules.Rules;

/**
 * One run of the linter over some Dockerfiles: each file gets the configuration that applies to it
 * (see {@link LintConfigLookup}), is parsed and linted; the result can be written as reports.
 * Paths in findings are shown relative to {@code displayBase}, where the user runs the build.
 *
 * <p>Rule codes that no check has, in the POM parameters or a {@code .hadolint.yaml}, are
 * {@link #warnings()}, as in hadolint; a {@code strict} run refuses them instead, before linting.
 */
public final class LintRun {

    private final LintConfigLookup configs;
    private final Path repositoryRoot;
    private final Path displayBase;
    private final boolean strict;
    private final Map<BuildContext, BuildContext> contexts = new HashMap<>();

    /**
     * A run reading {@code .hadolint.yaml} files under {@code repositoryRoot}, with {@code pom} settings
     * on top; {@code strict} makes unknown rule codes an error.
     */
    public LintRun(Path repositoryRoot, LintConfig pom, Path displayBase, boolean strict) {
        this.configs = new LintConfigLookup(repositoryRoot, pom);
        this.repositoryRoot = repositoryRoot;
        this.displayBase = displayBase.toAbsolutePath().normalize();
        this.strict = strict;
    }

    /**
     * Lints {@code dockerfiles}, in order, once every configuration that applies to them is read.
     *
     * @throws LintConfigException when a configuration file is invalid, or, in a strict run, when the
     *         configuration names unknown rule codes (all of them in one message)
     */
    public List<LintedFile> lint(List<Path> dockerfiles) throws IOException, LintConfigException {
        List<LintConfig> settings = new ArrayList<>();
        for (Path file : dockerfiles) {
            settings.add(configs.forDockerfile(file));
        }
        if (strict && !configs.unknownCodes().isEmpty()) {
            throw new LintConfigException("the configuration names rule codes that no check has, and"
                    + " dockci.lint.strict is true:\n  " + String.join("\n  ", configs.unknownCodes()));
        }
        List<LintedFile> linted = new ArrayList<>();
        for (int i = 0; i < dockerfiles.size(); i++) {
            Path file = dockerfiles.get(i);
            LintConfig config = settings.get(i);
            // Dockerfiles of one folder share its context, and so its walk
            BuildContext context = contexts.computeIfAbsent(BuildContext.of(file), Function.identity());
            Linter linter = new Linter(Rules.all(config, context), config);
            linted.add(linter.lint(displayPath(file), DockerfileParser.parse(file)));
        }
        return linted;
    }

    /** What the user should hear of but does not fail the build: unknown rule codes, one line per setting. */
    public List<String> warnings() {
        return configs.unknownCodes();
    }

    /**
     * Writes the JUnit report {@code TEST-dockci-lint.xml}, the checkstyle report {@code checkstyle-lint.xml} and
     * {@code lint.json}, the findings for the run report: what the default formats write.
     */
    public static void writeReports(List<LintedFile> linted, Path directory) throws IOException {
        LintReports.write(LintFormats.DEFAULT, linted, directory, new SourceFiles(directory, directory),
                Optional.empty());
        LintFindings.of(linted).write(directory);
    }

    /**
     * Writes the report files of {@code formats} (see {@link LintFormat}) and {@code lint.json}, the findings for the
     * run report, into {@code directory}; returns the report files. {@code toolVersion} is dockci's, for SARIF.
     */
    public List<Path> writeReports(List<LintedFile> linted, Path directory, LintFormats formats,
            Optional<String> toolVersion) throws IOException {
        List<Path> written = LintReports.write(formats, linted, directory, new SourceFiles(displayBase, repositoryRoot),
                toolVersion);
        LintFindings.of(linted).write(directory);
        return written;
    }

    /**
     * The formats to write: {@code chosen} (the POM's or the command line's), else those of the {@code .hadolint.yaml}
     * at the repository root ({@code format}, {@code formats}), as hadolint reads the file where it runs, else
     * {@link LintFormats#DEFAULT}.
     */
    public LintFormats formats(Optional<LintFormats> chosen) throws IOException, LintConfigException {
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Optional<Path> file = HadolintConfigFile.in(repositoryRoot);
        return (file.isPresent() ? HadolintConfigFile.formats(file.get()) : Optional.<LintFormats>empty())
                .orElse(LintFormats.DEFAULT);
    }

    private String displayPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(displayBase) ? displayBase.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
