package org.dockci.lint.rules;

import java.util.List;
import java.util.Set;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3033: every package of a {@code yum install}, in a RUN or an ONBUILD RUN, names its version
 * ({@code httpd-2.4.6}), and every module its stream ({@code yum module install nodejs:18}). Without
 * one, the same Dockerfile builds different images as the repositories move on. What counts as a
 * version is read as {@link RpmPackages} says; group installs are not checked.
 */
public final class YumInstallPinsVersions implements Rule {

    @Override
    public String code() {
        return "DL3033";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Specify version with `yum install -y <package>-<version>`.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "yum")) {
            return List.of();
        }
        return RunVariables.commandViolations(input,
                (command, declared) -> RpmPackages.installsUnpinned(command, Set.of("yum"), declared));
    }
}
