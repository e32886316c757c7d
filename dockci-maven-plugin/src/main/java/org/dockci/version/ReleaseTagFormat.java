package org.dockci.version;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a module's release tags, in maven-release-plugin's {@code tagNameFormat} syntax:
 * {@code @{project.artifactId}-@{project.version}} names the tag {@code x3-webdav-1.2.0}.
 */
public record ReleaseTagFormat(String format) {

    /** maven-release-plugin's own default for one module of a reactor. */
    public static final String DEFAULT = "@{project.artifactId}-@{project.version}";

    private static final String ARTIFACT_ID = "@{project.artifactId}";
    private static final String VERSION = "@{project.version}";
    private static final Pattern PLACEHOLDER = Pattern.compile("@\\{[^}]*}");

    /** Checks that the format names each release apart: the version once, no other placeholder. */
    public ReleaseTagFormat {
        if (format == null || format.indexOf(VERSION) < 0 || format.indexOf(VERSION) != format.lastIndexOf(VERSION)) {
            throw new IllegalArgumentException("release tag format '" + format + "' must contain " + VERSION
                    + " exactly once, for example " + DEFAULT);
        }
        Matcher placeholders = PLACEHOLDER.matcher(format);
        while (placeholders.find()) {
            if (!placeholders.group().equals(ARTIFACT_ID) && !placeholders.group().equals(VERSION)) {
                throw new IllegalArgumentException("release tag format '" + format + "' has "
                        + placeholders.group() + "; only " + ARTIFACT_ID + " and " + VERSION + " are known");
            }
        }
    }

    /** The default format, {@value #DEFAULT}. */
    public static ReleaseTagFormat defaultFormat() {
        return new ReleaseTagFormat(DEFAULT);
    }

    /** The tag that the release of {@code version} of the module makes: {@code x3-webdav-1.2.0}. */
    public String tagName(String artifactId, String version) {
        return format.replace(ARTIFACT_ID, artifactId).replace(VERSION, version);
    }

    /** How the module's tags look, for messages: {@code x3-webdav-<version>}. */
    public String describe(String artifactId) {
        return tagName(artifactId, "<version>");
    }

    /**
     * The version a tag names if it is one of this module's releases. A version starts with a digit, so
     * that module {@code x3-web} does not take {@code x3-webdav-1.0.0} for its release {@code dav-1.0.0}.
     */
    public Optional<String> versionIn(String tagName, String artifactId) {
        return releasesOf(artifactId).versionIn(tagName);
    }

    /** The module's release tags, to read many tag names with one pattern. */
    public ModuleReleases releasesOf(String artifactId) {
        String beforeVersion = format.substring(0, format.indexOf(VERSION)).replace(ARTIFACT_ID, artifactId);
        return new ModuleReleases(beforeVersion, pattern(artifactId));
    }

    /** The release tags of one module: {@link #versionIn} reads the version a tag names. */
    public record ModuleReleases(String beforeVersion, Pattern pattern) {

        /** The version {@code tagName} names, if it is one of the module's release tags. */
        public Optional<String> versionIn(String tagName) {
            if (!tagName.startsWith(beforeVersion)) {
                return Optional.empty(); // cheap test first: a repository may hold thousands of tags
            }
            Matcher matcher = pattern.matcher(tagName);
            return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
        }
    }

    private Pattern pattern(String artifactId) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholders = PLACEHOLDER.matcher(format);
        int literalStart = 0;
        while (placeholders.find()) {
            regex.append(Pattern.quote(format.substring(literalStart, placeholders.start())));
            regex.append(placeholders.group().equals(VERSION) ? "(\\d.*)" : Pattern.quote(artifactId));
            literalStart = placeholders.end();
        }
        regex.append(Pattern.quote(format.substring(literalStart)));
        return Pattern.compile(regex.toString());
    }
}
