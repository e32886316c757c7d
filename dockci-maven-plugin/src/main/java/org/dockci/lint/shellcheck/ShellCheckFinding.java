package org.dockci.lint.shellcheck;

import org.dockci.dockerfile.Position;
import org.dockci.lint.Severity;

/**
 * What ShellCheck says about a RUN script, placed in the Dockerfile: {@code SC2086}, its level mapped to
 * dockci's as hadolint maps it (error, warning, info, style), where the words it blames were written, and
 * its message. Ignores and overrides are the {@link org.dockci.lint.Linter}'s to apply.
 */
public record ShellCheckFinding(String code, Severity severity, Position position, String message) {
}
