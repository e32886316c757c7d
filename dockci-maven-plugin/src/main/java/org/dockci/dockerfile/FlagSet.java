package org.dockci.dockerfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The flags one instruction accepts and their values once checked, as BuildKit's {@code BFlags}: an
 * unknown flag, a repeated one (but for those that may repeat, such as {@code --mount}), a missing
 * value, or a boolean flag given anything but true or false is refused.
 */
final class FlagSet {

    private enum Type { BOOL, STRING, STRINGS }

    private final Map<String, Type> known = new LinkedHashMap<>();
    private final Map<String, List<String>> values = new HashMap<>();

    /** Accepts {@code --name} and {@code --name=true|false}. */
    FlagSet bool(String name) {
        known.put(name, Type.BOOL);
        return this;
    }

    /** Accepts {@code --name=value} once. */
    FlagSet string(String name) {
        known.put(name, Type.STRING);
        return this;
    }

    /** Accepts {@code --name=value} any number of times. */
    FlagSet repeatable(String name) {
        known.put(name, Type.STRINGS);
        return this;
    }

    /**
     * Checks {@code flags} against the accepted ones and records their values.
     *
     * @throws Refusal on the first flag Docker refuses
     */
    FlagSet parse(List<Flag> flags) {
        for (Flag flag : flags) {
            String written = "--" + flag.name();
            Type type = known.get(flag.name());
            if (type == null) {
                throw new Refusal(SyntaxErrorKind.UNKNOWN_FLAG,
                        Suggestion.append("unknown flag: " + written, flag.name(), known.keySet(), true));
            }
            if (values.containsKey(flag.name()) && type != Type.STRINGS) {
                throw new Refusal(SyntaxErrorKind.FLAG_VALUE, "duplicate flag specified: " + written);
            }
            String value = flag.value();
            switch (type) {
                case BOOL -> value = booleanValue(written, value);
                case STRING, STRINGS -> {
                    if (value == null) {
                        throw new Refusal(SyntaxErrorKind.FLAG_VALUE, "missing a value on flag: " + written);
                    }
                }
            }
            values.computeIfAbsent(flag.name(), name -> new ArrayList<>(1)).add(value);
        }
        return this;
    }

    private static String booleanValue(String written, String value) {
        if (value == null) {
            return "true";
        }
        if (value.isEmpty()) {
            throw new Refusal(SyntaxErrorKind.FLAG_VALUE, "missing a value on flag: " + written);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return lower;
        }
        throw new Refusal(SyntaxErrorKind.FLAG_VALUE, "expecting boolean value for flag " + written + ", not: " + value);
    }

    /** The value of a string flag, or {@code otherwise} when it was not given. */
    String value(String name, String otherwise) {
        List<String> given = values.get(name);
        return given == null ? otherwise : given.get(0);
    }

    /** The values of a repeatable flag, in order. */
    List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }
}
