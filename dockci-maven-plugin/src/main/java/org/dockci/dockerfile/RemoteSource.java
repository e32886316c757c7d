package org.dockci.dockerfile;

/**
 * Whether a source of ADD (or, refused, COPY) is fetched from the network rather than taken from the
 * build context, as BuildKit tells: an HTTP(S) URL or a git reference.
 */
public final class RemoteSource {

    private RemoteSource() {
    }

    /** Whether BuildKit fetches {@code path}, a source with its variables expanded: a URL or a git reference. */
    public static boolean isRemote(String path) {
        return path.startsWith("http://") || path.startsWith("https://") || isGit(path);
    }

    /**
     * A git reference as BuildKit recognises one: a {@code git://} or {@code ssh://} URL, an implicit SSH
     * address ({@code user@host:path}), or an HTTP(S) URL whose path ends in {@code .git}.
     */
    public static boolean isGit(String path) {
        if (path.startsWith("git://") || path.startsWith("ssh://") || isImplicitSsh(path)) {
            return true;
        }
        if (!path.startsWith("http://") && !path.startsWith("https://")) {
            return false;
        }
        int end = path.length();
        for (char stop : new char[] {'#', '?'}) {
            int at = path.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return path.substring(0, end).endsWith(".git");
    }

    /** {@code ^[a-zA-Z0-9-_]+@[a-zA-Z0-9-.]+:.*$} */
    private static boolean isImplicitSsh(String path) {
        int at = path.indexOf('@');
        int colon = at < 0 ? -1 : path.indexOf(':', at);
        if (at <= 0 || colon < 0 || colon == at + 1) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = path.charAt(i);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (i < at ? !(alphanumeric || c == '_') : i > at && !(alphanumeric || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
