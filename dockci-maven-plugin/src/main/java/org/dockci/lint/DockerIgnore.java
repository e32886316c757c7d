package org.dockci.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The patterns of a {@code .dockerignore}, read and matched as Docker's pattern matcher
 * (moby/patternmatcher) does: one pattern a line, {@code #} comments, blank lines and surrounding
 * blanks dropped, a leading {@code /} meaningless, {@code !} bringing back what an earlier pattern
 * left out; {@code *} and {@code ?} stay within a name, {@code **} crosses folders, {@code [...]} is
 * a class, {@code \} escapes. A path is left out when the last pattern matching it, or one of the
 * folders holding it, is not a {@code !} pattern.
 */
final class DockerIgnore {

    /** No {@code .dockerignore}: everything is sent. */
    static final DockerIgnore NONE = new DockerIgnore(List.of());

    private record Rule(Pattern regex, boolean bringsBack) {
    }

    private final List<Rule> rules;

    private DockerIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The patterns of the file whose text is {@code text}. */
    static DockerIgnore parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String line : text.replace("\uFEFF", "").split("\n", -1)) {
            if (line.startsWith("#")) {
                continue;
            }
            String pattern = line.strip();
            if (pattern.isEmpty()) {
                continue;
            }
            boolean bringsBack = pattern.startsWith("!");
            if (bringsBack) {
                pattern = pattern.substring(1).strip();
            }
            pattern = clean(pattern);
            if (!pattern.isEmpty()) {
                rules.add(new Rule(compile(pattern), bringsBack));
            }
        }
        return new DockerIgnore(rules);
    }

    /** Whether some {@code !} pattern brings back a path: then a folder left out may still hold one sent. */
    boolean bringsBackAny() {
        return rules.stream().anyMatch(Rule::bringsBack);
    }

    /** Whether the build leaves out {@code path}, relative to the context with {@code /} between names. */
    boolean excludes(String path) {
        boolean excluded = false;
        int slash = path.lastIndexOf('/');
        String[] parents = slash < 0 ? new String[0] : path.substring(0, slash).split("/");
        for (Rule rule : rules) {
            // an exclusion can only change a path excluded so far, an inclusion one included so far
            if (rule.bringsBack() != excluded) {
                continue;
            }
            boolean matches = rule.regex().matcher(path).matches();
            StringBuilder parent = new StringBuilder();
            for (int i = 0; !matches && i < parents.length; i++) {
                parent.append(i == 0 ? "" : "/").append(parents[i]);
                matches = rule.regex().matcher(parent).matches();
            }
            if (matches) {
                excluded = !rule.bringsBack();
            }
        }
        return excluded;
    }

    /** Go's {@code filepath.Clean} for a relative pattern, without its leading {@code /}. */
    private static String clean(String pattern) {
        List<String> names = new ArrayList<>();
        for (String name : pattern.split("/+")) {
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..") && !names.isEmpty() && !names.get(names.size() - 1).equals("..")) {
                names.remove(names.size() - 1);
            } else {
                names.add(name);
            }
        }
        return String.join("/", names);
    }

    /** The pattern's regular expression; one Docker would refuse (an unclosed {@code [}) is read literally. */
    private static Pattern compile(String pattern) {
        try {
            return Pattern.compile(regex(pattern));
        } catch (PatternSyntaxException malformed) {
            return Pattern.compile(Pattern.quote(pattern));
        }
    }

    /** The pattern as a regular expression, as moby's patternmatcher compiles it. */
    private static String regex(String pattern) {
        StringBuilder regex = new StringBuilder("^");
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                i++;
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '/') {
                    i++;
                }
                regex.append(i + 1 == pattern.length() ? ".*" : "(.*/)?");
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '\\' && i + 1 < pattern.length()) {
                char escaped = pattern.charAt(++i);
                regex.append(Character.isLetterOrDigit(escaped) ? "" : "\\").append(escaped);
            } else if (".+()^${}|".indexOf(c) >= 0 || c == '\\') {
                regex.append('\\').append(c);
            } else {
                regex.append(c);
            }
        }
        return regex.append('$').toString();
    }
}
