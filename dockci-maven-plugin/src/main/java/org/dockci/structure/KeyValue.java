package org.dockci.structure;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An environment variable or a label: {@code key}, {@code value}, and whether the value is a regular expression.
 */
public record KeyValue(String key, String value, @JsonProperty("isRegex") Boolean isRegex) {

    /** Missing values are empty. */
    public KeyValue {
        key = key == null ? "" : key;
        value = value == null ? "" : value;
        isRegex = Boolean.TRUE.equals(isRegex);
    }

    /** Whether {@code actual} is what this expects: equal, or matched by the regular expression somewhere. */
    boolean accepts(String actual) {
        return isRegex ? Patterns.find(value, actual) : value.equals(actual);
    }
}
