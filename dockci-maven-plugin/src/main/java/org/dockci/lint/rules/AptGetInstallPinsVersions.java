package org.dockci.lint.rules;

import java.util.List;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * DL3008: every package of an {@code apt-get install}, in a RUN or an ONBUILD RUN, names its
 * version. Without one, the same Dockerfile builds different images as the archive moves on.
 * A package counts as pinned when it has a version ({@code curl=7.88.1-10}), a release
 * ({@code curl/bookworm-backports}) or is a {@code .deb} file.
 */
public final class AptGetInstallPinsVersions implements Rule {

    /** apt-get's options whose value is the next word: {@code -t bookworm-backports} is no package. */
    private static final String[] OPTIONS_WITH_VALUE = {"t", "target-release", "o", "option", "c", "config-file"};

    @Override
    public String code() {
        return "DL3008";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Pin versions in apt get install. Instead of `apt-get install <package>` use "
                + "`apt-get install <package>=<version>`";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "apt-get")) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                AptGetInstallPinsVersions::installsUnpinnedPackage);
    }

    private static boolean installsUnpinnedPackage(SimpleCommand command) {
        if (!command.isNamed("apt-get") || !command.hasArgument("install")) {
            return false;
        }
        for (String operand : command.argumentsWithoutFlags(OPTIONS_WITH_VALUE)) {
            if (!operand.equals("install") && !isPinned(operand)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPinned(String packageName) {
        return packageName.contains("=") || packageName.contains("/") || packageName.endsWith(".deb");
    }
}
