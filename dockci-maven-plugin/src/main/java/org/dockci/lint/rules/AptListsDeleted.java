package org.dockci.lint.rules;

import java.util.List;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * DL3009: a RUN that updates the apt lists ({@code apt-get update}, {@code apt update},
 * {@code aptitude update}) deletes them ({@code rm -rf /var/lib/apt/lists/*}) in the same RUN. The
 * lists are tens of megabytes that no container needs, and once a layer holds them a later RUN
 * cannot make the image smaller.
 *
 * <p>Only images that are kept matter: RUNs of the last stage, of stages another stage builds FROM,
 * and ONBUILD RUNs (they run in images built from this one). A RUN whose {@code --mount} puts a
 * cache or tmpfs on {@code /var/lib/apt/lists}, or on both {@code /var/lib/apt} and
 * {@code /var/cache/apt}, leaves nothing in the layer.
 */
public final class AptListsDeleted implements Rule {

    private static final String LISTS = "/var/lib/apt/lists";

    @Override
    public String code() {
        return "DL3009";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String message() {
        return "Delete the apt lists (/var/lib/apt/lists) after installing something";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "apt-get", "apt", "aptitude")) {
            return List.of();
        }
        return ShellRun.violationsInKeptLayers(input, AptListsDeleted::leavesListsInLayer,
                script -> script.firstCommand(AptListsDeleted::updatesLists));
    }

    private static boolean leavesListsInLayer(ShellRun run) {
        if (run.mountsCacheOrTmpfs(LISTS)
                || run.mountsCacheOrTmpfs("/var/lib/apt") && run.mountsCacheOrTmpfs("/var/cache/apt")) {
            return false;
        }
        return run.script().anyCommand(AptListsDeleted::updatesLists)
                && !run.script().anyCommand(AptListsDeleted::deletesLists);
    }

    private static boolean updatesLists(SimpleCommand command) {
        return command.isNamed("apt-get", "apt", "aptitude") && command.hasArgument("update");
    }

    private static boolean deletesLists(SimpleCommand command) {
        return command.isNamed("rm") && command.hasArgumentStartingWith(LISTS);
    }
}
