package org.dockci.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Maven project version, ordered the way people read release numbers: 1.10.0 after 1.9.0, 1.4.0-rc1
 * before 1.4.0, 1.4.0.1 after 1.4.0; 1.0 and 1.0.0 are equal.
 */
public record Version(String text) implements Comparable<Version> {

    private static final String SNAPSHOT = "-SNAPSHOT";
    private static final Pattern TOKEN = Pattern.compile("\\d+|[A-Za-z]+");
    private static final Pattern PLAIN_RELEASE = Pattern.compile("\\d+(\\.\\d+)*");

    /** Checks that there is a version to read. */
    public Version {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a version must not be empty");
        }
    }

    /** True for a development version, {@code 1.4.1-SNAPSHOT}. */
    public boolean isSnapshot() {
        return text.endsWith(SNAPSHOT);
    }

    /** The version without its {@code -SNAPSHOT} suffix: {@code 1.4.1} for {@code 1.4.1-SNAPSHOT}. */
    public String withoutSnapshot() {
        return isSnapshot() ? text.substring(0, text.length() - SNAPSHOT.length()) : text;
    }

    /** True for numbers only ({@code 1}, {@code 1.4}, {@code 1.4.0}): a release candidate or milestone is not one. */
    public boolean isPlainRelease() {
        return PLAIN_RELEASE.matcher(text).matches();
    }

    @Override
    public int compareTo(Version other) {
        List<Object> mine = tokens();
        List<Object> theirs = other.tokens();
        for (int i = 0; i < Math.max(mine.size(), theirs.size()); i++) {
            int order = compareTokens(i < mine.size() ? mine.get(i) : null, i < theirs.size() ? theirs.get(i) : null);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** Numbers as {@link BigInteger}, words as lower-case strings: {@code 1.4.0-RC2} → 1, 4, 0, rc, 2. */
    private List<Object> tokens() {
        List<Object> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            String token = matcher.group();
            tokens.add(Character.isDigit(token.charAt(0)) ? new BigInteger(token) : token.toLowerCase(Locale.ROOT));
        }
        return tokens;
    }

    /**
     * A missing number counts as 0 (1.0 = 1.0.0); a word is a pre-release qualifier, so it sorts below both
     * a number and the end of the version (1.4.0-rc1 &lt; 1.4.0 &lt; 1.4.0.1).
     */
    private static int compareTokens(Object mine, Object theirs) {
        if (mine == null && theirs == null) {
            return 0;
        }
        if (mine == null) {
            return theirs instanceof BigInteger number ? BigInteger.ZERO.compareTo(number) : 1;
        }
        if (theirs == null) {
            return -compareTokens(theirs, mine);
        }
        if (mine instanceof BigInteger a && theirs instanceof BigInteger b) {
            return a.compareTo(b);
        }
        if (mine instanceof String a && theirs instanceof String b) {
            return a.compareTo(b);
        }
        return mine instanceof BigInteger ? 1 : -1;
    }
}
