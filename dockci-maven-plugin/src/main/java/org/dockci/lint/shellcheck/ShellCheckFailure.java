package org.dockci.lint.shellcheck;

/** ShellCheck did not check a Dockerfile's scripts: it could not be run, crashed, hung or answered nonsense. */
final class ShellCheckFailure extends Exception {

    private static final long serialVersionUID = 1L;

    ShellCheckFailure(String message) {
        super(message);
    }
}
