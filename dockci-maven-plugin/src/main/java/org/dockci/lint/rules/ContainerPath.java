package org.dockci.lint.rules;

import java.util.List;

/** How hadolint reads a path of WORKDIR, COPY or ADD as written: surrounding quotes ignored. */
final class ContainerPath {

    /** The extensions of the archives ADD extracts, as hadolint lists them. */
    private static final List<String> ARCHIVE_EXTENSIONS = List.of(".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma",
            ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz");

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

    /** Whether {@code path}, quotes ignored, names an archive ADD extracts: by its extension, case-sensitively. */
    static boolean isArchive(String path) {
        String unquoted = unquoted(path);
        return ARCHIVE_EXTENSIONS.stream().anyMatch(unquoted::endsWith);
    }

    /** The last part of {@code path}, quotes ignored, after its last {@code /} or {@code \}. */
    static String basename(String path) {
        String unquoted = unquoted(path);
        return unquoted.substring(Math.max(unquoted.lastIndexOf('/'), unquoted.lastIndexOf('\\')) + 1);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }
}
