package org.dockci.lint.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

import org.dockci.lint.LabelType;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3052: a label of type {@code url} in the {@code label-schema} holds an absolute URL
 * ({@code https://git.example.org/team/app}), something a tool can follow. A value a variable decides
 * is not judged.
 */
public final class SchemaLabelIsUrl implements Rule {

    private final Map<String, LabelType> schema;

    /** The rule for the labels of {@code schema} of type {@code url}; with none it finds nothing. */
    public SchemaLabelIsUrl(Map<String, LabelType> schema) {
        this.schema = Map.copyOf(schema);
    }

    @Override
    public String code() {
        return "DL3052";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Label `<label>` is not a valid URL.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return Labels.withInvalidValue(input.dockerfile(), schema, LabelType.URL, SchemaLabelIsUrl::isValid,
                "is not a valid URL.");
    }

    /** Whether {@code value} is an absolute URI: a scheme, then what that scheme takes. */
    static boolean isValid(String value) {
        try {
            return new URI(value).isAbsolute();
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }
}
