/**
 * Linting Dockerfiles: running the rules, applying the configuration and the ignore pragmas in one
 * place; the report formats are in {@code lint.format}. Plain Java: the lint goal is a thin adapter over it.
 *
 * <p>What the goal does, in order:
 * <pre>{@code
 * LintConfig pom = new LintConfig(ignored, LintConfig.overrides(error, warning, info, style),
 *         trustedRegistries, threshold == null ? null : FailureThreshold.parse(threshold));
 * LintConfigLookup configs = new LintConfigLookup(repositoryRoot, pom);
 * List<LintedFile> linted = new ArrayList<>();
 * ShellCheck shellCheck = new ShellCheck(ShellCheckProgram.onPath().orElseThrow()); // dockci.lint.shellcheck
 * for (Path file : DockerfileFinder.find(paths)) {
 *     LintConfig config = configs.forDockerfile(file);
 *     Linter linter = new Linter(Rules.all(config, BuildContext.of(file)), config);
 *     Dockerfile dockerfile = DockerfileParser.parse(file);
 *     // of a valid file: ShellCheck.Checked's findings, or none when it Failed (one warning naming the file)
 *     List<ShellCheckFinding> sc = ((ShellCheck.Checked) shellCheck.check(dockerfile)).findings();
 *     linted.add(linter.lint(displayPath(file), dockerfile, sc));
 * }
 * // log every finding (LintFormats.consoleLines), then LintSummary.of(linted)
 * LintReports.write(formats, linted, reportsDirectory, new SourceFiles(displayBase, repositoryRoot), version);
 * // fail once if linted.stream().anyMatch(LintedFile::failsBuild)
 * }</pre>
 * {@link org.dockci.lint.LintConfigException} and a missing path
 * ({@link java.nio.file.NoSuchFileException} from {@link org.dockci.lint.DockerfileFinder}) are for
 * the user to fix; other {@link java.io.IOException}s are what broke.
 */
package org.dockci.lint;
