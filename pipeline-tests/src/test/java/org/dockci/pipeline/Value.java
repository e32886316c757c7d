package org.dockci.pipeline;

import java.util.List;

/** A value given to a Jenkinsfile step: a literal, a list, a nested call ({@link Step}) or any other expression. */
public sealed interface Value permits Value.Literal, Value.ListOf, Value.Expression, Step {

    /** A constant written in the file: a string, a number, a boolean or null. */
    record Literal(Object value) implements Value {
    }

    /** A list literal, {@code [a, b]}. */
    record ListOf(List<Value> items) implements Value {

        /** Keeps an unmodifiable copy. */
        public ListOf {
            items = List.copyOf(items);
        }
    }

    /** An expression known only at run time ({@code env.TOKEN}, a GString), kept as its source text. */
    record Expression(String text) implements Value {
    }

    /** Whether this is a string written as a literal in the file. */
    default boolean isStringLiteral() {
        return this instanceof Literal literal && literal.value() instanceof String;
    }

    /** The literal string, or an exception naming what this is instead. */
    default String asString() {
        if (this instanceof Literal literal && literal.value() instanceof String text) {
            return text;
        }
        throw new IllegalStateException("not a string literal: " + this);
    }
}
