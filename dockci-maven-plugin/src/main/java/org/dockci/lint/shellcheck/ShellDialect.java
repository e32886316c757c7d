package org.dockci.lint.shellcheck;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The shell a RUN's script runs in, as ShellCheck is told it (by the shebang it reads first):
 * {@code sh}, {@code bash}, {@code dash}, {@code ksh}, or {@code ash} (BusyBox's, which ShellCheck checks as
 * dash; its SC2187 saying so is left out, as hadolint does). {@link #OTHER} is a shell ShellCheck cannot
 * check: PowerShell and {@code cmd}, whose RUNs hadolint leaves alone, and zsh, fish and the like, on which
 * ShellCheck would only say that it does not support them (SC1071).
 */
enum ShellDialect {
    SH, BASH, DASH, KSH, ASH, OTHER;

    /** Docker's default shell, {@code /bin/sh -c}. */
    static final ShellDialect DEFAULT = SH;

    /** Whether ShellCheck checks scripts of this shell. */
    boolean checked() {
        return this != OTHER;
    }

    /** The first line ShellCheck reads, naming the dialect: {@code #!/bin/bash}. */
    String shebang() {
        if (!checked()) {
            throw new IllegalStateException("ShellCheck does not check " + this);
        }
        return "#!/bin/" + name().toLowerCase(Locale.ROOT);
    }

    /**
     * The shell a {@code SHELL ["/bin/bash", "-o", "pipefail", "-c"]} runs: its program's name, without folder or
     * {@code .exe}, through {@code env} ({@code ["/usr/bin/env", "bash", "-c"]}) and {@code busybox}
     * ({@code ["/bin/busybox", "sh", "-c"]} is ash).
     */
    static ShellDialect ofShell(List<String> words) {
        return words.isEmpty() ? OTHER : ofProgram(words, 0);
    }

    /** The dialect named in a pragma {@code # hadolint shell=bash}, or a program path such as {@code /bin/bash}. */
    static ShellDialect named(String name) {
        return ofShell(List.of(name));
    }

    /**
     * The shell a script's first line names when it is a shebang ({@code #!/bin/sh -e},
     * {@code #!/usr/bin/env bash}), or empty when it is none.
     */
    static Optional<ShellDialect> ofShebang(String firstLine) {
        if (!firstLine.startsWith("#!")) {
            return Optional.empty();
        }
        List<String> words = List.of(firstLine.substring(2).trim().split("\\s+"));
        return Optional.of(words.get(0).isEmpty() ? OTHER : ofProgram(words, 0));
    }

    private static ShellDialect ofProgram(List<String> words, int index) {
        String program = basename(words.get(index));
        if (program.equals("env") || program.equals("busybox")) {
            // env's options come before the program; busybox's applet is its first argument
            for (int next = index + 1; next < words.size(); next++) {
                if (!words.get(next).startsWith("-")) {
                    ShellDialect applet = ofProgram(words, next);
                    return program.equals("busybox") && applet == SH ? ASH : applet;
                }
            }
            return OTHER;
        }
        return switch (program) {
            case "sh" -> SH;
            case "bash" -> BASH;
            case "dash" -> DASH;
            case "ksh" -> KSH;
            case "ash" -> ASH;
            default -> OTHER;
        };
    }

    /** {@code bash} of {@code /usr/bin/bash}, {@code powershell} of {@code C:\\Windows\\...\\PowerShell.exe}. */
    private static String basename(String program) {
        String name = program.substring(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        return name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name;
    }
}
