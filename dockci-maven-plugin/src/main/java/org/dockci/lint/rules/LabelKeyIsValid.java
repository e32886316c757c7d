package org.dockci.lint.rules;

import java.util.List;
import java.util.regex.Pattern;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3048: every label key follows Docker's guidelines for keys: lower-case letters, digits,
 * {@code .}, {@code -}, {@code _} and {@code /}, starting with a letter and ending with a letter or a
 * digit, no {@code ..} or {@code --}, and not in the namespaces Docker keeps for itself
 * ({@code com.docker.}, {@code io.docker.}, {@code org.dockerproject.}). Tools that read labels
 * expect such keys; one with a capital or a space is easily written twice in two spellings.
 * A key with a variable in it is judged as written, the {@code $} then being out of place.
 */
public final class LabelKeyIsValid implements Rule {

    private static final List<String> RESERVED_NAMESPACES = List.of("com.docker.", "io.docker.", "org.dockerproject.");

    private static final Pattern KEY = Pattern.compile("[a-z]([a-z0-9._/-]*[a-z0-9])?");

    @Override
    public String code() {
        return "DL3048";
    }

    @Override
    public Severity severity() {
        return Severity.STYLE;
    }

    @Override
    public String message() {
        return "Invalid label key.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return Labels.of(input.dockerfile()).stream().filter(label -> !isValid(label.key()))
                .map(label -> label.violation(null)).distinct().toList();
    }

    static boolean isValid(String key) {
        return KEY.matcher(key).matches() && !key.contains("..") && !key.contains("--")
                && RESERVED_NAMESPACES.stream().noneMatch(key::startsWith);
    }
}
