/**
 * ShellCheck on the scripts of a Dockerfile's RUNs, as hadolint runs it: which scripts, in which shell
 * dialect and with which variables ({@link org.dockci.lint.shellcheck.RunScripts}), the file ShellCheck reads
 * for each and the way back from its lines to the Dockerfile's, the {@code shellcheck} program run once per
 * Dockerfile with a time limit, and its findings as {@code SCxxxx} codes. Whether it runs at all is the
 * {@link org.dockci.lint.shellcheck.ShellCheckMode}; the {@link org.dockci.lint.Linter} applies ignores and
 * overrides to its findings as to the rules'.
 */
package org.dockci.lint.shellcheck;
