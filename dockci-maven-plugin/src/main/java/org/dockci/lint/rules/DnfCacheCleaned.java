package org.dockci.lint.rules;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.ShellScript;
import org.dockci.shell.SimpleCommand;

/**
 * DL3040: a RUN or ONBUILD RUN in which {@code dnf} or {@code microdnf} downloads packages
 * ({@code install}, {@code upgrade}, {@code upgrade-minimal}, {@code reinstall} and their short forms)
 * runs the same program's {@code clean all} after the last of them, or removes dnf's cache
 * ({@code rm -rf /var/cache/libdnf5}, {@code /var/cache/dnf} or {@code /var/cache/yum}): the packages and
 * metadata would otherwise stay in the layer. A {@code --mount} of a cache or tmpfs on
 * {@code /var/cache/libdnf5} (or {@code .cache/libdnf5}) leaves nothing there and is fine.
 *
 * <p>Unlike hadolint, which takes any {@code rm -rf} for a cleaning, the {@code rm} must name a cache
 * of dnf, and the cleaning must come after the last install.
 */
public final class DnfCacheCleaned implements Rule {

    private static final List<String> PROGRAMS = List.of("dnf", "microdnf");

    private static final String[] DOWNLOADS =
            {"install", "in", "upgrade", "up", "upgrade-minimal", "up-min", "reinstall", "rei"};

    private static final List<String> CACHES = List.of("/var/cache/libdnf5", "/var/cache/dnf", "/var/cache/yum");

    @Override
    public String code() {
        return "DL3040";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "`dnf clean all` missing after dnf command.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, PROGRAMS)) {
            return List.of();
        }
        return ShellRun.violations(input, ShellRun.Triggers.INCLUDED,
                run -> !run.mountsCacheOrTmpfs("/var/cache/libdnf5") && !run.mountsCacheOrTmpfs(".cache/libdnf5")
                        && uncleanedDownload(run.script()).isPresent(),
                DnfCacheCleaned::uncleanedDownload);
    }

    /** The last download of a program that no cleaning of its cache follows, if there is one. */
    private static Optional<SimpleCommand> uncleanedDownload(ShellScript script) {
        for (String program : PROGRAMS) {
            Predicate<SimpleCommand> downloads = command -> command.isNamed(program) && command.hasArgument(DOWNLOADS);
            if (script.lastNotFollowedBy(downloads, command -> cleans(command, program))) {
                return script.lastCommand(downloads);
            }
        }
        return Optional.empty();
    }

    private static boolean cleans(SimpleCommand command, String program) {
        return command.isNamed(program) && command.hasArgument("clean") && command.hasArgument("all")
                || command.isNamed("rm") && CACHES.stream().anyMatch(command::hasArgumentStartingWith);
    }
}
