package org.dockci.lint.rules;

/** How hadolint reads a path of WORKDIR, COPY or ADD as written: surrounding quotes ignored. */
final class ContainerPath {

    private ContainerPath() {
    }

    /** {@code path} without the double and single quotes around it ({@code "/app"} gives {@code /app}). */
    static String unquoted(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && isQuote(path.charAt(start))) {
            start++;
        }
        while (end > start && isQuote(path.charAt(end - 1))) {
            end--;
        }
        return path.substring(start, end);
    }

    /**
     * Whether {@code path} does not depend on the working directory: it starts with {@code /}, a
     * Windows drive ({@code C:}) or a variable, which hadolint trusts to hold an absolute path.
     */
    static boolean isAbsoluteOrVariable(String path) {
        String unquoted = unquoted(path);
        return unquoted.startsWith("/") || unquoted.startsWith("$")
                || (unquoted.length() >= 2 && Character.isLetter(unquoted.charAt(0)) && unquoted.charAt(1) == ':');
    }

    /** Whether a COPY or ADD source is a heredoc marker ({@code <<EOF}) rather than a path. */
    static boolean isHeredocMarker(String source) {
        return source.startsWith("<<");
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }
}
