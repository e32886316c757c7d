package org.dockci.dockerfile;

import java.util.Map;

/**
 * The parser directives at the top of a Dockerfile ({@code # syntax=...}, {@code # escape=...}):
 * the escape character in use (backslash unless {@code escape=`}), the {@code syntax} value (null
 * when absent) and every directive found, lower-cased name to value.
 */
public record Directives(char escape, String syntax, Map<String, String> all) {

    /** A Dockerfile without directives. */
    public static final Directives NONE = new Directives('\\', null, Map.of());
}
