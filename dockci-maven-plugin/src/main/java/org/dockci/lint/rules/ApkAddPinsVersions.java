package org.dockci.lint.rules;

import java.util.List;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * DL3018: every package of an {@code apk add}, in a RUN or an ONBUILD RUN, names its version.
 * Without one, the same Dockerfile builds different images as the Alpine repositories move on.
 * A package counts as pinned when it has a version constraint ({@code =}, {@code ~}, {@code >},
 * {@code <}) or is an {@code .apk} file.
 */
public final class ApkAddPinsVersions implements Rule {

    /** apk's options whose value is the next word: {@code --virtual .build-deps} is no package. */
    private static final String[] OPTIONS_WITH_VALUE = {"t", "virtual", "X", "repository", "p", "root",
        "repositories-file", "keys-dir", "cache-dir", "arch"};

    @Override
    public String code() {
        return "DL3018";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "apk")) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                ApkAddPinsVersions::addsUnpinnedPackage);
    }

    private static boolean addsUnpinnedPackage(SimpleCommand command) {
        if (!command.isNamed("apk") || !command.hasArgument("add")) {
            return false;
        }
        for (String operand : command.argumentsWithoutFlags(OPTIONS_WITH_VALUE)) {
            if (!operand.equals("add") && !isPinned(operand)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPinned(String packageName) {
        return packageName.contains("=") || packageName.contains("~") || packageName.contains(">")
                || packageName.contains("<") || packageName.endsWith(".apk");
    }
}
