package org.dockci.lint.rules;

import java.util.List;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3030: {@code yum install} (also {@code groupinstall} and {@code localinstall}), in a RUN or an
 * ONBUILD RUN, answers yes by itself ({@code -y} or {@code --assumeyes}): a build cannot answer
 * yum's question, and yum then gives up.
 */
public final class YumInstallAssumesYes implements Rule {

    @Override
    public String code() {
        return "DL3030";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Use the -y switch to avoid manual input `yum install -y <package>`";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "yum")) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                command -> command.isNamed("yum") && command.hasArgument("install", "groupinstall", "localinstall")
                        && !command.hasAnyFlag("y", "assumeyes"));
    }
}
