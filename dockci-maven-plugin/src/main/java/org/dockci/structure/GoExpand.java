package org.dockci.structure;

import java.util.Map;

/**
 * {@code $NAME} and {@code ${NAME}} replaced by the image's environment, as container-structure-test does to a
 * command line and a path before running it (Go's {@code os.Expand}): an unset variable becomes empty.
 */
final class GoExpand {

    private GoExpand() {
    }

    static String expand(String text, Map<String, String> environment) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 >= text.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            if (next == '{') {
                int close = text.indexOf('}', i + 2);
                if (close < 0) {
                    // Go drops a "${" that is never closed along with the rest
                    return out.toString();
                }
                out.append(environment.getOrDefault(text.substring(i + 2, close), ""));
                i = close + 1;
            } else if ("*#$@!?-".indexOf(next) >= 0 || Character.isDigit(next)) {
                out.append(environment.getOrDefault(String.valueOf(next), ""));
                i += 2;
            } else if (Character.isLetterOrDigit(next) || next == '_') {
                int end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                out.append(environment.getOrDefault(text.substring(i + 1, end), ""));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
