package org.dockci.lint.rules;

import java.util.List;
import java.util.Map;

import org.dockci.lint.LabelType;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3055: a label of type {@code hash} in the {@code label-schema} holds a git commit hash: 40
 * lower-case hexadecimal digits, or the 7 of a short one ({@code git rev-parse --short}), as
 * {@code org.opencontainers.image.revision} should. A value a variable decides is not judged.
 */
public final class SchemaLabelIsGitHash implements Rule {

    private final Map<String, LabelType> schema;

    /** The rule for the labels of {@code schema} of type {@code hash}; with none it finds nothing. */
    public SchemaLabelIsGitHash(Map<String, LabelType> schema) {
        this.schema = Map.copyOf(schema);
    }

    @Override
    public String code() {
        return "DL3055";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Label `<label>` is not a valid git hash.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return Labels.withInvalidValue(input.dockerfile(), schema, LabelType.HASH, SchemaLabelIsGitHash::isValid,
                "is not a valid git hash.");
    }

    /** Whether {@code value} is a full or short git hash, in lower case. */
    static boolean isValid(String value) {
        return value.matches("[0-9a-f]{7}|[0-9a-f]{40}");
    }
}
