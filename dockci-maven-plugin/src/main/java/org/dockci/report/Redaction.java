package org.dockci.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Takes credentials out of every text the report shows: the user and password of a URL
 * ({@code https://ci:glpat-…@gitlab.example/x.git} becomes {@code https://gitlab.example/x.git}), and each known
 * secret (the passwords of settings.xml, the build's secret-named environment variables) wherever it appears.
 */
public final class Redaction {

    /** Shorter values are not secrets worth hiding, and would blank out common words. */
    private static final int SHORTEST_SECRET = 4;
    private static final String HIDDEN = "****";
    private static final Pattern URL_USER_INFO = Pattern.compile("\\b([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\\s]+@");
    /** Environment variables whose value is a secret by their name: {@code REGISTRY_PASSWORD}, {@code GITLAB_TOKEN}. */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL).*");

    private final List<String> secrets;

    /** Hides {@code secrets} (null and short values are left out), longest first. */
    public Redaction(Collection<String> secrets) {
        this.secrets = secrets.stream().filter(secret -> secret != null && secret.strip().length() >= SHORTEST_SECRET)
                .map(String::strip).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Nothing known to hide but URLs' credentials. */
    public static Redaction urlsOnly() {
        return new Redaction(List.of());
    }

    /** The values of the variables of {@code environment} named like secrets. */
    public static List<String> secretValues(Map<String, String> environment) {
        return environment.entrySet().stream().filter(variable -> SECRET_NAME.matcher(variable.getKey()).matches())
                .map(Map.Entry::getValue).toList();
    }

    /** {@code text} without credentials. */
    public String apply(String text) {
        // every text of the report passes here: most have no URL, and the pattern needs "://" to match
        String clean = text.contains("://") ? URL_USER_INFO.matcher(text).replaceAll("$1") : text;
        for (String secret : secrets) {
            clean = clean.replace(secret, HIDDEN);
        }
        return clean;
    }
}
