package org.dockci.engine;

/** How a {@code docker pull} went: pulled, not in the registry (a fact), or failed (the registry could not be asked). */
public sealed interface PullResult {

    /** The image is now local. */
    record Pulled() implements PullResult {
    }

    /** The registry answered that it has no such image or tag. */
    record NotFound(String message) implements PullResult {
    }

    /** The registry could not be asked: down, unreachable, refused the login. */
    record Failed(String message) implements PullResult {
    }
}
