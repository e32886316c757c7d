package org.dockci.lint;

/** Runs the rules on Dockerfiles and applies ignores, overrides and the failure threshold in one place. */
public final class Linter {
    // to be written
}
