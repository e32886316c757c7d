package org.dockci.pipeline;

import java.util.List;

/**
 * A function defined in the Jenkinsfile beside its pipeline block ({@code void verifyChanged() { … }}), which a
 * stage's {@code script} block calls.
 *
 * @param name   its name
 * @param source its text, from its return type to its closing brace, for Groovy to run it
 * @param calls  every call in its body, at any depth, in file order, each without the calls of the closures it is
 *               given (those are listed themselves): for the scans of the whole file
 * @param line   where it starts in the file
 */
public record Function(String name, String source, List<Step> calls, int line) {

    /** Keeps an unmodifiable copy. */
    public Function {
        calls = List.copyOf(calls);
    }

    /** Its calls named {@code stepName}, in file order. */
    public List<Step> calls(String stepName) {
        return calls.stream().filter(call -> call.name().equals(stepName)).toList();
    }
}
