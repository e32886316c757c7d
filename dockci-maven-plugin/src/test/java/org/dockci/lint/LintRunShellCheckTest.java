package org.dockci.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.dockci.lint.shellcheck.InstalledShellCheck;
import org.dockci.lint.shellcheck.ShellCheckMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ShellCheck in a lint run: its modes, its findings under the configuration files, a ShellCheck that breaks. */
class LintRunShellCheckTest {

    @TempDir
    Path root;

    private Path dockerfile(String folder, String text) throws IOException {
        Path dir = Files.createDirectories(root.resolve(folder));
        return Files.writeString(dir.resolve("Dockerfile"), text);
    }

    private static List<String> lines(LintedFile linted) {
        return linted.findings().stream().map(Finding::toString).toList();
    }

    @Test
    void findingsNameTheirRunsLineUnderTheHadolintYamls() throws Exception {
        Files.writeString(root.resolve(".hadolint.yaml"), "override:\n  error: [SC2154]\n");
        Path file = dockerfile("app", "FROM debian:12\n"
                + "# hadolint ignore=SC2046,SC2005\n"
                + "RUN echo $(ls) \\\n"
                + " && echo \"$undefined_name\" $HOME\n"
                + "USER 65534\n");
        Files.writeString(file.resolveSibling(".hadolint.yaml"), "ignored: [SC2086]\n");
        LintRun run = new LintRun(root, LintConfig.EMPTY, root, true, ShellCheckMode.REQUIRED,
                Optional.of(InstalledShellCheck.program()));

        LintedFile linted = run.lint(List.of(file)).get(0);

        assertEquals(List.of("app/Dockerfile:4:11: error SC2154 undefined_name is referenced but not assigned."),
                lines(linted));
        assertTrue(linted.failsBuild());
        assertEquals(List.of(), run.warnings());
        assertEquals(List.of(), run.notes());
    }

    @Test
    void withoutShellCheckAutoLintsAndSaysOnceThatScChecksWereSkipped() throws Exception {
        Path one = dockerfile("one", "FROM debian:12\nRUN echo $HOME\nUSER 65534\n");
        Path two = dockerfile("two", "FROM debian:12\nMAINTAINER me\n");
        LintRun run = new LintRun(root, LintConfig.EMPTY, root, false, ShellCheckMode.AUTO, Optional.empty());

        List<LintedFile> linted = run.lint(List.of(one, two));

        assertEquals(List.of(), lines(linted.get(0)));
        assertEquals(1, linted.get(1).findingsOf("DL4000").size());
        assertEquals(1, run.notes().size(), run.notes()::toString);
        assertTrue(run.notes().get(0).startsWith("ShellCheck checks (SC codes) skipped: no shellcheck program on the"
                + " PATH. To run them, install ShellCheck (Debian, Ubuntu: apt-get install shellcheck"),
                run.notes().get(0));
    }

    @Test
    void withoutShellCheckRequiredRefusesToLintSayingHowToInstallIt() throws Exception {
        Path file = dockerfile("app", "FROM debian:12\n");
        LintRun run = new LintRun(root, LintConfig.EMPTY, root, false, ShellCheckMode.REQUIRED, Optional.empty());

        LintConfigException e = assertThrows(LintConfigException.class, () -> run.lint(List.of(file)));

        assertTrue(e.getMessage().startsWith("dockci.lint.shellcheck is required, but no shellcheck program is on the"
                + " PATH: install ShellCheck (Debian, Ubuntu: apt-get install shellcheck; "), e.getMessage());
    }

    @Test
    void offRunsNoShellCheckAndSaysNothing() throws Exception {
        Path file = dockerfile("app", "FROM debian:12\nRUN echo $HOME\nUSER 65534\n");
        LintRun run = new LintRun(root, LintConfig.EMPTY, root, false, ShellCheckMode.OFF, Optional.empty());

        assertEquals(List.of(), lines(run.lint(List.of(file)).get(0)));
        assertEquals(List.of(), run.notes());
    }

    @Test
    void crashingShellCheckIsOneWarningNamingTheFileAndTheLintGoesOn() throws Exception {
        Path broken = dockerfile("broken", "FROM debian:12\nMAINTAINER me\nRUN echo $HOME\n");
        Path other = dockerfile("other", "FROM debian:12\nRUN echo $HOME\n");
        Path clean = dockerfile("clean", "FROM debian:12\nUSER 65534\n");
        // crashes on the first Dockerfile it is given, checks the others for real
        Path crashed = root.resolve("crashed");
        LintRun run = new LintRun(root, LintConfig.EMPTY, root, false, ShellCheckMode.REQUIRED,
                Optional.of(InstalledShellCheck.fake(root.resolve("bin"), "if [ ! -e '" + crashed + "' ]; then touch '"
                        + crashed + "'; echo 'segmentation fault' >&2; exit 139; fi\nexec '"
                        + InstalledShellCheck.program().executable() + "' \"$@\"", Duration.ofSeconds(10))));

        List<LintedFile> linted = run.lint(List.of(broken, other, clean));

        assertEquals(1, linted.get(0).findingsOf("DL4000").size());
        assertEquals(List.of(), linted.get(0).findingsOf("SC2086"));
        assertEquals(List.of("other/Dockerfile:2:10: info SC2086 Double quote to prevent globbing and word splitting."),
                lines(linted.get(1)).stream().filter(line -> line.contains("SC")).toList());
        assertEquals(1, run.warnings().size(), run.warnings()::toString);
        String warning = run.warnings().get(0);
        assertTrue(warning.startsWith("broken/Dockerfile: "), warning);
        assertTrue(warning.contains("/shellcheck failed (exit code 139): segmentation fault; its RUN scripts were not"
                + " checked (no SC findings for this file), the rest of the lint goes on"), warning);
    }
}
