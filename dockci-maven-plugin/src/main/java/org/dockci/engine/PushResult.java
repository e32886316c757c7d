package org.dockci.engine;

/** How a {@code docker push} of one tag went: in the registry now, or not, with the CLI's message. */
public sealed interface PushResult {

    /** The registry has the tag. */
    record Pushed() implements PushResult {
    }

    /** The registry refused, or did not answer: {@code message} is the docker CLI's. */
    record Failed(String message) implements PushResult {
    }
}
