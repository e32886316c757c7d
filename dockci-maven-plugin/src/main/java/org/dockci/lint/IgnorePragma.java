package org.dockci.lint;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ignore pragma: a comment {@code # hadolint ignore=DL3008,DL3015} ({@code dockci} may stand for
 * {@code hadolint}), with the codes it names and how far it reaches: the instruction after it, the
 * stage after it ({@code # hadolint stage ignore=…}) or the whole file ({@code # hadolint global ignore=…}).
 * What it ignores is decided by {@link Suppressions}; DL1001 finds the instruction pragmas.
 *
 * <p>As in hadolint a pragma is all or nothing: a comment with a code it cannot read is no pragma.
 */
public record IgnorePragma(Scope scope, Set<String> codes) {

    /** How far a pragma reaches. */
    public enum Scope { INSTRUCTION, STAGE, FILE }

    // hadolint's grammar: spaces or tabs between words and around `=` and commas, a `# why` after the
    // codes. Codes are made of the characters hadolint accepts, D L S C and digits, which dockci's DC
    // codes also use.
    private static final Pattern PRAGMA = Pattern.compile("(?:hadolint|dockci)[ \\t]+(?:(global|stage)[ \\t]+)?"
            + "ignore[ \\t]*=[ \\t]*([DLSC0-9]+(?:[ \\t]*,[ \\t]*[DLSC0-9]+)*)[ \\t]*(?:#.*)?");

    /** The codes are unmodifiable. */
    public IgnorePragma {
        codes = Set.copyOf(codes);
    }

    /** The pragma a comment holds, {@code commentText} being what follows its {@code #}, trimmed; or empty. */
    public static Optional<IgnorePragma> parse(String commentText) {
        Matcher pragma = PRAGMA.matcher(commentText);
        if (!pragma.matches()) {
            return Optional.empty();
        }
        Scope scope = switch (String.valueOf(pragma.group(1))) {
            case "global" -> Scope.FILE;
            case "stage" -> Scope.STAGE;
            default -> Scope.INSTRUCTION;
        };
        String[] codes = pragma.group(2).split("[ \\t]*,[ \\t]*");
        return Optional.of(new IgnorePragma(scope, Set.copyOf(Arrays.asList(codes))));
    }
}
