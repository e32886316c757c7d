package org.dockci.lint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.DockerfileParser;
import org.dockci.lint.format.LintFormat;
import org.dockci.lint.format.LintFormats;
import org.dockci.lint.format.LintReports;
import org.dockci.lint.format.SourceFiles;
import org.dockci.lint.rules.Rules;
import org.dockci.lint.shellcheck.ShellCheck;
import org.dockci.lint.shellcheck.ShellCheckFinding;
import org.dockci.lint.shellcheck.ShellCheckMode;
import org.dockci.lint.shellcheck.ShellCheckProgram;

/**
 * One run of the linter over some Dockerfiles: each file gets the configuration that applies to it
 * (see {@link LintConfigLookup}), is parsed and linted; the result can be written as reports.
 * Paths in findings are shown relative to {@code displayBase}, where the user runs the build.
 *
 * <p>Rule codes that no check has, in the POM parameters or a {@code .hadolint.yaml}, are
 * {@link #warnings()}, as in hadolint; a {@code strict} run refuses them instead, before linting.
 *
 * <p>ShellCheck checks the RUN scripts of each valid Dockerfile too, as its {@link ShellCheckMode} says: without
 * a {@code shellcheck} program, {@code AUTO} lints without it and says so in one of the {@link #notes()}, and
 * {@code REQUIRED} refuses to lint. A file ShellCheck fails on (a crash, a hang) is one of the {@link #warnings()},
 * and is linted all the same.
 */
public final class LintRun {

    private final LintConfigLookup configs;
    private final Path repositoryRoot;
    private final Path displayBase;
    private final boolean strict;
    private final Map<BuildContext, BuildContext> contexts = new HashMap<>();
    private final ShellCheckMode shellCheckMode;
    private final Optional<ShellCheckProgram> shellCheckProgram;
    private final List<String> shellCheckFailures = new ArrayList<>();
    private final Set<String> notes = new LinkedHashSet<>();

    /**
     * A run reading {@code .hadolint.yaml} files under {@code repositoryRoot}, with {@code pom} settings
     * on top; {@code strict} makes unknown rule codes an error. ShellCheck does not run.
     */
    public LintRun(Path repositoryRoot, LintConfig pom, Path displayBase, boolean strict) {
        this(repositoryRoot, pom, displayBase, strict, ShellCheckMode.OFF);
    }

    /** As {@link #LintRun(Path, LintConfig, Path, boolean)}, with ShellCheck, the one on the PATH, as {@code shellCheck} says. */
    public LintRun(Path repositoryRoot, LintConfig pom, Path displayBase, boolean strict, ShellCheckMode shellCheck) {
        this(repositoryRoot, pom, displayBase, strict, shellCheck,
                shellCheck == ShellCheckMode.OFF ? Optional.empty() : ShellCheckProgram.onPath());
    }

    /** As above, with {@code program} (empty: none is installed) as the ShellCheck to run. */
    LintRun(Path repositoryRoot, LintConfig pom, Path displayBase, boolean strict, ShellCheckMode shellCheck,
            Optional<ShellCheckProgram> program) {
        this.configs = new LintConfigLookup(repositoryRoot, pom);
        this.repositoryRoot = repositoryRoot;
        this.displayBase = displayBase.toAbsolutePath().normalize();
        this.strict = strict;
        this.shellCheckMode = shellCheck;
        this.shellCheckProgram = program;
    }

    /**
     * Lints {@code dockerfiles}, in order, once every configuration that applies to them is read.
     *
     * @throws LintConfigException when a configuration file is invalid, or, in a strict run, when the
     *         configuration names unknown rule codes (all of them in one message), or when ShellCheck is
     *         required and there is none
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
        ShellCheck shellCheck = shellCheck();
        List<LintedFile> linted = new ArrayList<>();
        for (int i = 0; i < dockerfiles.size(); i++) {
            Path file = dockerfiles.get(i);
            LintConfig config = settings.get(i);
            // Dockerfiles of one folder share its context, and so its walk
            BuildContext context = contexts.computeIfAbsent(BuildContext.of(file), Function.identity());
            Linter linter = new Linter(Rules.all(config, context), config);
            Dockerfile dockerfile = DockerfileParser.parse(file);
            String shown = displayPath(file);
            linted.add(linter.lint(shown, dockerfile, shellCheck(shellCheck, shown, dockerfile)));
        }
        return linted;
    }

    /**
     * What the user should hear of but does not fail the build: unknown rule codes, one line per setting; the
     * files ShellCheck failed on, one line each.
     */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>(configs.unknownCodes());
        warnings.addAll(shellCheckFailures);
        return warnings;
    }

    /** What the user should know of the run: that ShellCheck's checks were skipped, when they were. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The ShellCheck to run, null for none. */
    private ShellCheck shellCheck() throws LintConfigException {
        if (shellCheckMode == ShellCheckMode.OFF) {
            return null;
        }
        if (shellCheckProgram.isPresent()) {
            return new ShellCheck(shellCheckProgram.get());
        }
        String install = "install ShellCheck (Debian, Ubuntu: apt-get install shellcheck; in dockci's repository"
                + " scripts/build-env.sh does it)";
        if (shellCheckMode == ShellCheckMode.REQUIRED) {
            throw new LintConfigException("dockci.lint.shellcheck is required, but no shellcheck program is on the"
                    + " PATH: " + install + ", or set -Ddockci.lint.shellcheck=auto to lint without it.");
        }
        notes.add("ShellCheck checks (SC codes) skipped: no shellcheck program on the PATH. To run them, " + install
                + "; -Ddockci.lint.shellcheck=off skips them without this note.");
        return null;
    }

    /** ShellCheck's findings on {@code dockerfile}, none when it does not run or failed (which is noted). */
    private List<ShellCheckFinding> shellCheck(ShellCheck shellCheck, String shown, Dockerfile dockerfile) {
        if (shellCheck == null || !dockerfile.valid()) {
            return List.of();
        }
        ShellCheck.Outcome outcome = shellCheck.check(dockerfile);
        if (outcome instanceof ShellCheck.Failed failed) {
            shellCheckFailures.add(shown + ": " + failed.reason() + "; its RUN scripts were not checked (no SC"
                    + " findings for this file), the rest of the lint goes on");
            return List.of();
        }
        return ((ShellCheck.Checked) outcome).findings();
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
