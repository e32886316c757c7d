package org.dockci.lint.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.dockci.lint.LabelType;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3058: a label of type {@code email} in the {@code label-schema} holds an e-mail address as RFC 5322
 * writes one ({@code team@example.org}, {@code "first last"@example.org}), as a {@code maintainer}
 * label should. Display names ({@code Team <team@example.org>}) and comments are not addresses. A value
 * a variable decides is not judged.
 */
public final class SchemaLabelIsEmail implements Rule {

    /** RFC 5322's addr-spec: a dot-atom or quoted local part, {@code @}, a dot-atom or literal domain. */
    private static final Pattern ADDRESS;

    static {
        String atom = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
        String dotAtom = atom + "(\\." + atom + ")*";
        String quoted = "\"([^\"\\\\\\r\\n]|\\\\.)*\"";
        String literal = "\\[[^\\[\\]\\\\\\r\\n]*]";
        ADDRESS = Pattern.compile("(" + dotAtom + "|" + quoted + ")@(" + dotAtom + "|" + literal + ")");
    }

    private final Map<String, LabelType> schema;

    /** The rule for the labels of {@code schema} of type {@code email}; with none it finds nothing. */
    public SchemaLabelIsEmail(Map<String, LabelType> schema) {
        this.schema = Map.copyOf(schema);
    }

    @Override
    public String code() {
        return "DL3058";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Label `<label>` is not a valid email format - must conform to RFC5322.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return Labels.withInvalidValue(input.dockerfile(), schema, LabelType.EMAIL, SchemaLabelIsEmail::isValid,
                "is not a valid email format - must conform to RFC5322.");
    }

    /** Whether {@code value} is an e-mail address. */
    static boolean isValid(String value) {
        return ADDRESS.matcher(value).matches();
    }
}
