package org.dockci.lint.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.dockci.shell.SimpleCommand;

/**
 * The packages and modules an {@code install} of yum, dnf or microdnf names, and whether each names
 * its version, as hadolint reads them (DL3033, DL3041).
 *
 * <p>A package is pinned when it is an {@code .rpm} file, or when what follows its name is a
 * version: parts after a {@code -} made of letters, digits and {@code . ~ ^ _ : +}, one of them
 * starting with a digit ({@code tomcat-9.0.1}, {@code gcc-c++-1.1.1}, {@code openssl-1:1.1.1k};
 * not {@code rpm-sign}). A version from a variable an ENV or ARG declares ({@code git-core-${version}})
 * counts. A module is pinned by its stream ({@code tomcat:9}); group names cannot be pinned.
 */
final class RpmPackages {

    private RpmPackages() {
    }

    /** Whether {@code command}, run by one of {@code programs}, installs a package or module without version. */
    static boolean installsUnpinned(SimpleCommand command, Set<String> programs, Predicate<String> declared) {
        if (!programs.contains(command.name()) || !command.hasArgument("install") || command.hasArgument("group")) {
            return false;
        }
        List<String> operands = command.argumentsWithoutFlags().stream()
                .filter(operand -> !operand.equals("install") && !operand.equals("module")).toList();
        if (command.hasArgument("module")) {
            return operands.stream().anyMatch(module -> !module.contains(":"));
        }
        return operands.stream().anyMatch(name -> !isPinned(name, declared));
    }

    private static boolean isPinned(String name, Predicate<String> declared) {
        if (name.endsWith(".rpm")) {
            return true;
        }
        List<String> parts = Arrays.asList(name.split("-", -1));
        if (parts.size() <= 1) {
            return false;
        }
        if (name.contains("$")) {
            return VariableReference.namesIn(name).stream().anyMatch(declared);
        }
        List<String> version = parts.subList(1, parts.size());
        return version.stream().allMatch(part -> part.matches("[A-Za-z0-9.~^_:+]*"))
                && version.stream().anyMatch(part -> !part.isEmpty() && Character.isDigit(part.charAt(0)));
    }
}
