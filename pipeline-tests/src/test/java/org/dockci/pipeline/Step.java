package org.dockci.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One call in a Jenkinsfile: a section ({@code options}, {@code stage('Lint')}), a directive or a step
 * ({@code sh './mvnw -B verify'}), with its arguments and, when it is given a closure, the calls inside it.
 *
 * @param name           the method called: {@code sh}, {@code timeout}, {@code gitlab}
 * @param arguments      positional arguments, in order
 * @param namedArguments named arguments ({@code time: 60}), in order
 * @param body           the calls in its closure, in order; empty without one
 * @param line           where the call starts in the file, from 1
 */
public record Step(String name, List<Value> arguments, Map<String, Value> namedArguments, List<Step> body, int line)
        implements Value {

    /** Keeps unmodifiable copies; the named arguments keep their order. */
    public Step {
        arguments = List.copyOf(arguments);
        namedArguments = Collections.unmodifiableMap(new LinkedHashMap<>(namedArguments));
        body = List.copyOf(body);
    }

    /** The named argument {@code key}, if given. */
    public Optional<Value> named(String key) {
        return Optional.ofNullable(namedArguments.get(key));
    }

    /** The calls of the body named {@code stepName}, in order. */
    public List<Step> bodySteps(String stepName) {
        return body.stream().filter(step -> step.name().equals(stepName)).toList();
    }

    /** The one call of the body named {@code stepName}, if there is one; an exception when there are several. */
    public Optional<Step> bodyStep(String stepName) {
        List<Step> found = bodySteps(stepName);
        if (found.size() > 1) {
            throw new JenkinsfileException(found.get(1).line(), "'" + stepName + "' is given more than once");
        }
        return found.stream().findFirst();
    }

    /** This call and every call nested in it, through bodies and arguments, depth first in file order. */
    public List<Step> allSteps() {
        List<Step> all = new ArrayList<>();
        all.add(this);
        for (Value argument : arguments) {
            nestedSteps(argument, all);
        }
        for (Value argument : namedArguments.values()) {
            nestedSteps(argument, all);
        }
        body.forEach(step -> all.addAll(step.allSteps()));
        return all;
    }

    private static void nestedSteps(Value value, List<Step> into) {
        if (value instanceof Step step) {
            into.addAll(step.allSteps());
        } else if (value instanceof ListOf list) {
            list.items().forEach(item -> nestedSteps(item, into));
        }
    }
}
