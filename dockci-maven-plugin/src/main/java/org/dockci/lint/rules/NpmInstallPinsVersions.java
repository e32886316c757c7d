package org.dockci.lint.rules;

import java.util.List;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * DL3016: every package of an {@code npm install}, in a RUN or an ONBUILD RUN, names its version, tag
 * or range ({@code express@4.1.1}, {@code @scope/name@">=0.1.0"}), its commit ({@code git+https://…#v1.0}),
 * or is a tarball ({@code .tgz}, {@code .tar}, {@code .tar.gz}) or a folder ({@code ./lib}, {@code /src},
 * {@code ~/lib}). An {@code npm install} without packages installs what {@code package.json} and its
 * lock file pin, and is fine.
 *
 * <p>As in hadolint only {@code npm install} is read, not its aliases; unlike hadolint, the values of
 * {@code --prefix}, {@code --cache}, {@code --omit}, {@code --include} and {@code --workspace}, besides
 * {@code --loglevel} and {@code --registry}, are no packages.
 */
public final class NpmInstallPinsVersions implements Rule {

    /** npm's options whose value is the next word. */
    private static final String[] OPTIONS_WITH_VALUE =
        {"loglevel", "registry", "prefix", "cache", "omit", "include", "workspace", "w", "userconfig"};

    private static final List<String> GIT_PREFIXES = List.of("git://", "git+ssh://", "git+http://", "git+https://");

    private static final List<String> TARBALLS = List.of(".tar", ".tar.gz", ".tgz");

    private static final List<String> FOLDERS = List.of("/", "./", "../", "~/");

    @Override
    public String code() {
        return "DL3016";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>`";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "npm")) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                NpmInstallPinsVersions::installsUnpinned);
    }

    private static boolean installsUnpinned(SimpleCommand command) {
        if (!command.isNamed("npm")) {
            return false;
        }
        List<String> operands = command.argumentsWithoutFlags(OPTIONS_WITH_VALUE);
        if (operands.isEmpty() || !operands.get(0).equals("install")) {
            // npm run install, npm ci…
            return false;
        }
        return operands.subList(1, operands.size()).stream().anyMatch(name -> !isPinned(name));
    }

    private static boolean isPinned(String name) {
        if (GIT_PREFIXES.stream().anyMatch(name::startsWith)) {
            return name.contains("#");
        }
        if (TARBALLS.stream().anyMatch(name::endsWith) || FOLDERS.stream().anyMatch(name::startsWith)) {
            return true;
        }
        // the @ of a scope, as in @myorg/name, is no version
        String unscoped = name.startsWith("@") ? name.substring(name.indexOf('/') + 1) : name;
        return unscoped.contains("@");
    }
}
