package org.dockci.lint.rules;

import java.util.List;
import java.util.stream.Stream;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * DL3037: every package of a {@code zypper install} ({@code in}), in a RUN or an ONBUILD RUN, names
 * its version or a range ({@code tomcat=9.0.39}, {@code tomcat>=9.0}, {@code tomcat<9.1}) or is an
 * {@code .rpm} file. Without one, the same Dockerfile builds different images as the repositories
 * move on. Unlike hadolint, the values of {@code -t}, {@code -r} and {@code --from} are not taken for
 * packages, and patterns, products and patches ({@code -t pattern}), which have no version, are not
 * checked.
 */
public final class ZypperInstallPinsVersions implements Rule {

    /** zypper's options whose value is the next word: {@code -t pattern}, {@code --from repo} are no packages. */
    private static final String[] OPTIONS_WITH_VALUE = {"t", "type", "r", "repo", "from"};

    @Override
    public String code() {
        return "DL3037";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Specify version with `zypper install -y <package>=<version>`.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "zypper")) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                ZypperInstallPinsVersions::installsUnpinned);
    }

    private static boolean installsUnpinned(SimpleCommand command) {
        if (!command.isNamed("zypper") || !command.hasArgument("install", "in")) {
            return false;
        }
        if (Stream.concat(command.flagValues("t").stream(), command.flagValues("type").stream())
                .anyMatch(type -> !type.equals("package"))) {
            // patterns, products and patches have no version to pin
            return false;
        }
        return command.argumentsWithoutFlags(OPTIONS_WITH_VALUE).stream()
                .filter(operand -> !operand.equals("install") && !operand.equals("in"))
                .anyMatch(name -> !name.contains("=") && !name.contains("<") && !name.contains(">")
                        && !name.endsWith(".rpm"));
    }
}
