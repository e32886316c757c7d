package org.dockci.lint.rules;

import java.util.List;
import java.util.Set;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3041: every package of a {@code dnf install} or {@code microdnf install}, in a RUN or an ONBUILD
 * RUN, names its version ({@code tomcat-9.0.1}), and every module its stream
 * ({@code dnf module install nodejs:18}). Without one, the same Dockerfile builds different images as
 * the repositories move on. What counts as a version is read as {@link RpmPackages} says; group
 * installs are not checked.
 */
public final class DnfInstallPinsVersions implements Rule {

    private static final Set<String> PROGRAMS = Set.of("dnf", "microdnf");

    @Override
    public String code() {
        return "DL3041";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Specify version with `dnf install -y <package>-<version>`.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, PROGRAMS)) {
            return List.of();
        }
        return RunVariables.commandViolations(input,
                (command, declared) -> RpmPackages.installsUnpinned(command, PROGRAMS, declared));
    }
}
