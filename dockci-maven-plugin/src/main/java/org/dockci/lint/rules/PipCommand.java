package org.dockci.lint.rules;

import java.util.Collections;
import java.util.List;

import org.dockci.shell.SimpleCommand;

/** How the pip rules (DL3013, DL3042) recognise an install by pip, and by pipx. */
final class PipCommand {

    private PipCommand() {
    }

    /**
     * Whether {@code command} is an install by pip: {@code pip}, {@code pip3}, {@code /opt/venv/bin/pip}…
     * {@code install}, or {@code python3 -m pip install}. pipx and pipenv, which only look like pip, are not.
     */
    static boolean isPipInstall(SimpleCommand command) {
        String program = program(command);
        boolean pip = program.startsWith("pip") && !program.startsWith("pipx") && !program.startsWith("pipenv")
                && command.hasArgument("install");
        boolean pythonModule = program.startsWith("python")
                && Collections.indexOfSubList(command.arguments(), List.of("-m", "pip", "install")) >= 0;
        return pip || pythonModule;
    }

    /** Whether {@code command} is {@code pipx install}. */
    static boolean isPipxInstall(SimpleCommand command) {
        return program(command).startsWith("pipx") && command.hasArgument("install");
    }

    private static String program(SimpleCommand command) {
        return command.name().substring(command.name().lastIndexOf('/') + 1);
    }
}
