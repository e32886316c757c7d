package org.dockci.registry;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registry's {@code WWW-Authenticate: Bearer realm="…",service="…",scope="…"}: where to get a token, for which
 * service, and the scope the refused request needs (Distribution's token authentication).
 */
record BearerChallenge(String realm, Optional<String> service, Optional<String> scope) {

    private static final Pattern PARAMETER = Pattern.compile("([A-Za-z_]+)\\s*=\\s*(?:\"([^\"]*)\"|([^,\\s]*))");

    /** The challenge of a {@code WWW-Authenticate} header; empty when it is not a bearer challenge with a realm. */
    static Optional<BearerChallenge> parse(String header) {
        String trimmed = header.strip();
        if (!trimmed.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher matcher = PARAMETER.matcher(trimmed.substring("bearer ".length()));
        while (matcher.find()) {
            parameters.putIfAbsent(matcher.group(1).toLowerCase(Locale.ROOT),
                    matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        }
        String realm = parameters.get("realm");
        if (realm == null || realm.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new BearerChallenge(realm, Optional.ofNullable(parameters.get("service")),
                Optional.ofNullable(parameters.get("scope"))));
    }
}
