package org.dockci.lint.rules;

import java.util.List;
import java.util.regex.Pattern;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * DL3013: every package of a {@code pip install} (or {@code python -m pip install}, or
 * {@code pipx install}), in a RUN or an ONBUILD RUN, names its version: with {@code ==},
 * {@code ~=}, {@code >=}, {@code <}, {@code !=}…, a VCS URL with {@code @ref}, a {@code .whl} or
 * {@code .tar.gz} file, or a path. Without one, the same Dockerfile builds different images as PyPI
 * moves on. An install from requirements ({@code -r}), of the current folder ({@code .}) or under
 * constraints ({@code -c}) is not checked: those files pin the versions.
 *
 * <p>The values of pip's options ({@code --index-url URL}, {@code --target DIR}…) are no packages;
 * unlike hadolint, this also holds for {@code --cache-dir}, {@code --timeout}, {@code --log} and the
 * other options of pip that take a value, and the user of a VCS URL ({@code git+ssh://git@host/…})
 * is no ref.
 */
public final class PipInstallPinsVersions implements Rule {

    /** pip's install options whose value is the next word. */
    private static final String[] OPTIONS_WITH_VALUE = {"abi", "b", "build", "C", "cache-dir", "cert", "client-cert",
        "config-settings", "e", "editable", "exists-action", "extra-index-url", "f", "find-links", "global-option",
        "i", "implementation", "index-url", "log", "no-binary", "only-binary", "platform", "prefix", "progress-bar",
        "proxy", "python", "python-version", "report", "retries", "root", "root-user-action", "src", "t", "target",
        "timeout", "trusted-host", "upgrade-strategy"};

    private static final List<String> VERSION_OPERATORS = List.of("==", ">=", "<=", ">", "<", "!=", "~=", "===");

    /** A pip VCS URL: {@code git+https://…}, {@code hg+ssh://…}, {@code svn://…}. */
    private static final Pattern VCS = Pattern.compile("(git|hg|svn|bzr)(\\+[a-z-]+)?://.*");

    @Override
    public String code() {
        return "DL3013";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or "
                + "`pip install --requirement <requirements file>`";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                PipInstallPinsVersions::installsUnpinned);
    }

    private static boolean installsUnpinned(SimpleCommand command) {
        if (!PipCommand.isPipInstall(command) && !PipCommand.isPipxInstall(command)) {
            return false;
        }
        if (command.hasAnyFlag("r", "requirement", "c", "constraint") || command.hasArgument(".")) {
            return false;
        }
        List<String> operands = command.argumentsWithoutFlags(OPTIONS_WITH_VALUE);
        // what comes before `install` is pip itself: `python -m pip install`
        List<String> packages = operands.subList(operands.indexOf("install") + 1, operands.size());
        return packages.stream().anyMatch(name -> !isPinned(name));
    }

    /** Whether a VCS URL names a ref: {@code …/repo.git@v1.0#egg=x}, not the {@code git@} of its host. */
    private static boolean hasRef(String url) {
        int fragment = url.indexOf('#');
        String path = fragment < 0 ? url : url.substring(0, fragment);
        return path.indexOf('@', path.lastIndexOf('/') + 1) >= 0;
    }

    private static boolean isPinned(String name) {
        boolean vcs = VCS.matcher(name).matches();
        return VERSION_OPERATORS.stream().anyMatch(name::contains)
                || vcs && hasRef(name)
                || name.endsWith(".whl") || name.endsWith(".tar.gz")
                || !vcs && name.contains("/");
    }
}
