package org.dockci.lint.rules;

import java.util.List;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * DL3028: every gem of a {@code gem install} ({@code gem i}), in a RUN or an ONBUILD RUN, names its
 * version ({@code bundler:2.4.22}), or the command gives one with {@code -v}/{@code --version}.
 * Without one, the same Dockerfile builds different images as rubygems.org moves on. What follows
 * {@code --} is passed to the gems' build and is not read.
 *
 * <p>Unlike hadolint, which takes the word after any option for its value, only gem's options that
 * take one ({@code --install-dir DIR}, {@code --source URL}…) do: in
 * {@code gem install --no-document rails}, {@code rails} is a gem to pin.
 */
public final class GemInstallPinsVersions implements Rule {

    /** gem install's options whose value is the next word. */
    private static final String[] OPTIONS_WITH_VALUE = {"i", "install-dir", "n", "bindir", "document", "build-root",
        "P", "trust-policy", "g", "file", "platform", "s", "source", "p", "http-proxy", "config-file", "target",
        "without", "with"};

    @Override
    public String code() {
        return "DL3028";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "gem")) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                GemInstallPinsVersions::installsUnpinned);
    }

    private static boolean installsUnpinned(SimpleCommand command) {
        if (!command.isNamed("gem") || command.hasAnyFlag("v", "version")) {
            return false;
        }
        List<String> operands = command.argumentsWithoutFlags(OPTIONS_WITH_VALUE);
        // what follows -- goes to the gems' build: argumentsWithoutFlags keeps it, at the end
        int doubleDash = command.arguments().indexOf("--");
        int passedOn = doubleDash < 0 ? 0 : command.arguments().size() - doubleDash - 1;
        operands = operands.subList(0, operands.size() - passedOn);
        if (operands.isEmpty() || !operands.get(0).equals("install") && !operands.get(0).equals("i")) {
            return false;
        }
        return operands.subList(1, operands.size()).stream().anyMatch(gem -> !gem.contains(":"));
    }
}
