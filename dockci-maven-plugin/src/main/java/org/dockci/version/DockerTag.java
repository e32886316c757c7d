package org.dockci.version;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Docker's rule for a tag, {@code [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}}, and the tag a branch name becomes. */
public final class DockerTag {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9_.-]");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[.-]+");
    private static final Pattern RELEASE_LIKE = Pattern.compile("latest|\\d+(\\.\\d+)*");
    private static final int MAX_LENGTH = 128;

    private DockerTag() {
    }

    /** True when Docker accepts {@code tag} as a tag. */
    public static boolean isValid(String tag) {
        return VALID.matcher(tag).matches();
    }

    /**
     * The tag for a branch: lower-case, {@code /} and every other character Docker refuses become {@code -},
     * {@code feature/Foo} → {@code feature-foo}. A branch that would take a release's tag ({@code latest},
     * {@code 1.4}) gets the prefix {@code branch-}, so a snapshot never moves a release's tag. Empty when
     * nothing of the name is left.
     */
    public static Optional<String> fromBranch(String branch) {
        String tag = NOT_ALLOWED.matcher(branch.toLowerCase(Locale.ROOT)).replaceAll("-");
        tag = LEADING_SEPARATORS.matcher(tag).replaceFirst("");
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        if (RELEASE_LIKE.matcher(tag).matches()) {
            tag = "branch-" + tag;
        }
        return Optional.of(tag.length() > MAX_LENGTH ? tag.substring(0, MAX_LENGTH) : tag);
    }
}
