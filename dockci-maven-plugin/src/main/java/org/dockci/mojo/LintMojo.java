package org.dockci.mojo;

import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.dockci.lint.DockerfileFinder;
import org.dockci.lint.FailureThreshold;
import org.dockci.lint.Finding;
import org.dockci.lint.LintConfig;
import org.dockci.lint.LintConfigException;
import org.dockci.lint.LintRun;
import org.dockci.lint.LintSummary;
import org.dockci.lint.LintedFile;
import org.dockci.lint.Severity;
import org.dockci.lint.format.LintFormats;
import org.dockci.lint.shellcheck.ShellCheckMode;

/**
 * Validates Dockerfiles before anything is built: Docker's syntax (codes DC1xxx, always errors) and
 * good practice (hadolint's rules and codes, plus dockci's own DC2xxx). Prints one line per finding,
 * {@code FILE:LINE:COL: SEVERITY CODE message}, then a summary, writes the reports of {@code dockci.lint.format}
 * (by default a JUnit and a checkstyle report; also hadolint's lines and JSON, SARIF, GitLab Code Quality), and
 * fails the build when a finding reaches the failure threshold.
 *
 * <p>In a container module it lints the module's own {@code Dockerfile}, {@code Dockerfile.*} and
 * {@code *.Dockerfile}. With {@code dockci.lint.paths} it lints those files and folders instead, once
 * per build, also outside any project: {@code ./mvnw dockci:lint -Ddockci.lint.paths=a/Dockerfile,dir}.
 *
 * <p>Settings come, lowest precedence first, from dockci's defaults, the {@code .hadolint.yaml} at the
 * repository root, the one next to the Dockerfile, then these parameters.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public class LintMojo extends AbstractMojo {

    /** Skips linting. */
    @Parameter(property = "dockci.lint.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Files or folders to lint instead of the module's Dockerfiles, comma-separated; folders are searched
     * for {@code Dockerfile}, {@code Dockerfile.*} and {@code *.Dockerfile}. Relative paths are taken from
     * the directory Maven runs in.
     */
    @Parameter(property = "dockci.lint.paths")
    private List<String> paths;

    /** Rule codes to ignore everywhere, comma-separated, e.g. {@code DL3008,DL3015}. Syntax errors cannot be ignored. */
    @Parameter(property = "dockci.lint.ignore")
    private List<String> ignore;

    /** Rule codes whose findings are errors, whatever their default severity. */
    @Parameter(property = "dockci.lint.error")
    private List<String> error;

    /** Rule codes whose findings are warnings. */
    @Parameter(property = "dockci.lint.warning")
    private List<String> warning;

    /** Rule codes whose findings are infos. */
    @Parameter(property = "dockci.lint.info")
    private List<String> info;

    /** Rule codes whose findings are style remarks. */
    @Parameter(property = "dockci.lint.style")
    private List<String> style;

    /** Registries FROM may use (rule DL3026), e.g. {@code localhost:5000,docker.io}; none means any. */
    @Parameter(property = "dockci.lint.trustedRegistries")
    private List<String> trustedRegistries;

    /**
     * The least serious severity that fails the build: {@code error}, {@code warning}, {@code info},
     * {@code style} or {@code none}. Unset: the {@code .hadolint.yaml}'s {@code failure-threshold}, else error.
     */
    @Parameter(property = "dockci.lint.failureThreshold")
    private String failureThreshold;

    /**
     * Makes rule codes that no check has, in the {@code dockci.lint.*} lists above or in a
     * {@code .hadolint.yaml}, an error instead of a warning. ShellCheck's {@code SC} codes are accepted.
     */
    @Parameter(property = "dockci.lint.strict", defaultValue = "false")
    private boolean strict;

    /**
     * Whether ShellCheck checks the shell-form RUN scripts ({@code SC} codes), as hadolint does: {@code auto}
     * when a {@code shellcheck} program is on the PATH (otherwise one line says the checks were skipped),
     * {@code off}, or {@code required}, which fails the build when there is none.
     */
    @Parameter(property = "dockci.lint.shellcheck", defaultValue = "auto")
    private String shellcheck;

    /**
     * The repository root, where a {@code .hadolint.yaml} applies to every Dockerfile. Default: Maven's
     * multi-module project directory (the one holding {@code .mvn}), else the directory Maven runs in.
     */
    @Parameter(property = "dockci.lint.root")
    private File root;

    /** Where the report files of {@code dockci.lint.format} are written. */
    @Parameter(property = "dockci.lint.reportsDirectory", defaultValue = "${project.build.directory}/dockci")
    private File reportsDirectory;

    /**
     * How the findings are told, comma-separated: {@code tty} (dockci's lines on the console), {@code hadolint}
     * (hadolint's lines, on the console and in {@code lint-hadolint.txt}), {@code json} (hadolint's JSON,
     * {@code lint-hadolint.json}), {@code sarif} ({@code lint.sarif}), {@code gitlab} (GitLab Code Quality,
     * {@code gl-code-quality-report.json}), {@code checkstyle} ({@code checkstyle-lint.xml}), {@code junit}
     * ({@code TEST-dockci-lint.xml}). Unset: the root {@code .hadolint.yaml}'s {@code format}/{@code formats}, else
     * {@code tty,junit,checkstyle}. The console shows tty lines when neither line format is named.
     */
    @Parameter(property = "dockci.lint.format")
    private List<String> format;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("dockci:lint skipped (dockci.lint.skip)");
            return;
        }
        boolean pathsGiven = paths != null && !paths.isEmpty();
        if (pathsGiven && project != session.getTopLevelProject()) {
            return; // the paths were linted once, in the first project of the build
        }
        Path workingDirectory = Path.of(session.getExecutionRootDirectory());
        List<LintedFile> linted;
        LintFormats formats;
        try {
            List<Path> dockerfiles = pathsGiven
                    ? DockerfileFinder.find(paths.stream().map(workingDirectory::resolve).toList())
                    : DockerfileFinder.inFolder(project.getBasedir().toPath());
            LintRun run = new LintRun(repositoryRoot(workingDirectory), pomSettings(), workingDirectory, strict,
                    ShellCheckMode.parse(shellcheck));
            formats = run.formats(chosenFormats());
            linted = run.lint(dockerfiles);
            run.notes().forEach(note -> getLog().info("dockci:lint: " + note));
            run.warnings().forEach(warning -> getLog().warn("dockci:lint: " + warning));
            run.writeReports(linted, reportsDirectory(workingDirectory), formats, Optional.ofNullable(pluginVersion));
        } catch (NoSuchFileException e) {
            throw new MojoFailureException("dockci:lint: " + e.getFile() + ": no such file or folder to lint");
        } catch (LintConfigException | IllegalArgumentException e) {
            throw new MojoFailureException("dockci:lint: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("dockci:lint: " + e.getMessage(), e);
        }
        report(linted, formats, pathsGiven ? "dockci:lint" : project.getArtifactId());
        long failing = linted.stream().filter(LintedFile::failsBuild).count();
        if (failing > 0) {
            throw new MojoFailureException("dockci:lint: " + failing + (failing == 1 ? " Dockerfile has" : " Dockerfiles have")
                    + " findings at or above the failure threshold; see the lines above");
        }
    }

    /** Outside any project Maven's stub project has no build directory: the reports go to ./target/dockci. */
    private Path reportsDirectory(Path workingDirectory) {
        return project.getFile() == null ? workingDirectory.resolve("target/dockci") : reportsDirectory.toPath();
    }

    private Optional<LintFormats> chosenFormats() throws LintConfigException {
        try {
            return LintFormats.parse(format == null ? List.of() : format);
        } catch (IllegalArgumentException e) {
            throw new LintConfigException("dockci.lint.format: " + e.getMessage());
        }
    }

    private LintConfig pomSettings() {
        return new LintConfig(set(ignore), LintConfig.overrides(set(error), set(warning), set(info), set(style)),
                set(trustedRegistries),
                failureThreshold == null || failureThreshold.isBlank() ? null : FailureThreshold.parse(failureThreshold));
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    private Path repositoryRoot(Path workingDirectory) {
        if (root != null) {
            return root.toPath();
        }
        File multiModule = session.getRequest().getMultiModuleProjectDirectory();
        return multiModule != null ? multiModule.toPath() : workingDirectory;
    }

    private void report(List<LintedFile> linted, LintFormats formats, String what) {
        Log log = getLog();
        for (LintedFile file : linted) {
            for (Finding finding : file.findings()) {
                for (String line : formats.consoleLines(finding)) {
                    if (finding.severity() == Severity.ERROR) {
                        log.error(line);
                    } else if (finding.severity() == Severity.WARNING) {
                        log.warn(line);
                    } else {
                        log.info(line);
                    }
                }
            }
        }
        log.info(what + ": " + LintSummary.of(linted));
    }
}
