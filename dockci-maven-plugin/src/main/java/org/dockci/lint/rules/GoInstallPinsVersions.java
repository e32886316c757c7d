package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * DL3062: every module of a {@code go install} or {@code go get}, and the one a {@code go run} runs,
 * in a RUN or an ONBUILD RUN, names its version ({@code golang.org/x/tools/cmd/goimports@v0.21.0}),
 * not {@code @latest}. Without one, the same Dockerfile builds different images as the module moves
 * on. A local package ({@code .}, {@code ./cmd/app}, {@code /src/app}) is fine: the build context pins
 * it. Only the first word after {@code go run}'s options is its package: the rest are the program's.
 *
 * <p>Go's options have one dash and a long name; those that take a value ({@code -tags netgo},
 * {@code -ldflags "-s -w"}, {@code -o bin/app}…) are skipped with it. Unlike hadolint, a {@code .go}
 * file ({@code go run main.go}) is local too, {@code @none} (which removes a module) is fine, and a
 * {@code go run} does not stop the {@code go install}s of the same RUN from being checked.
 */
public final class GoInstallPinsVersions implements Rule {

    /** The go build options whose value is the next word. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("C", "p", "asmflags", "buildmode", "compiler",
            "covermode", "coverpkg", "exec", "gccgoflags", "gcflags", "installsuffix", "ldflags", "mod", "modfile",
            "o", "overlay", "pgo", "pkgdir", "tags", "toolexec");

    @Override
    public String code() {
        return "DL3062";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "go")) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                GoInstallPinsVersions::fetchesUnpinned);
    }

    private static boolean fetchesUnpinned(SimpleCommand command) {
        if (!command.isNamed("go")) {
            return false;
        }
        List<String> operands = operands(command.arguments());
        if (operands.isEmpty()) {
            return false;
        }
        List<String> packages = switch (operands.get(0)) {
            case "install", "get" -> operands.subList(1, operands.size());
            case "run" -> operands.subList(1, Math.min(2, operands.size()));
            default -> List.of();
        };
        return packages.stream().anyMatch(name -> !isPinnedOrLocal(name));
    }

    /** The arguments that are not Go options nor their values, up to the end or {@code --}. */
    private static List<String> operands(List<String> arguments) {
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--")) {
                operands.addAll(arguments.subList(i + 1, arguments.size()));
                break;
            }
            if (argument.startsWith("-") && argument.length() > 1) {
                String name = argument.replaceFirst("^--?", "");
                if (!name.contains("=") && OPTIONS_WITH_VALUE.contains(name)) {
                    i++;
                }
            } else {
                operands.add(argument);
            }
        }
        return operands;
    }

    private static boolean isPinnedOrLocal(String name) {
        boolean local = name.startsWith(".") || name.startsWith("/") || name.endsWith(".go");
        int at = name.lastIndexOf('@');
        return local || at >= 0 && !name.substring(at + 1).equals("latest");
    }
}
