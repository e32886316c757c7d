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
 * DL3056: a label of type {@code semver} in the {@code label-schema} holds a semantic version
 * ({@code 1.4.2}, {@code 2.0.0-rc.1+build.5}; no leading {@code v}), as Semantic Versioning 2.0.0
 * defines it. A value a variable decides is not judged.
 */
public final class SchemaLabelIsSemVer implements Rule {

    /** Semantic Versioning 2.0.0: three numbers without leading zeros, pre-release and build parts. */
    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(-(0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(\\.(0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?"
            + "(\\+[0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*)?");

    private final Map<String, LabelType> schema;

    /** The rule for the labels of {@code schema} of type {@code semver}; with none it finds nothing. */
    public SchemaLabelIsSemVer(Map<String, LabelType> schema) {
        this.schema = Map.copyOf(schema);
    }

    @Override
    public String code() {
        return "DL3056";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Label `<label>` does not conform to semantic versioning.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return Labels.withInvalidValue(input.dockerfile(), schema, LabelType.SEMVER, SchemaLabelIsSemVer::isValid,
                "does not conform to semantic versioning.");
    }

    /** Whether {@code value} is a semantic version. */
    static boolean isValid(String value) {
        return SEMVER.matcher(value).matches();
    }
}
