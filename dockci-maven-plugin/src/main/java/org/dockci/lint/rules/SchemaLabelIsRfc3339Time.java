package org.dockci.lint.rules;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.dockci.lint.LabelType;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3053: a label of type {@code rfc3339} in the {@code label-schema} holds an RFC 3339 time stamp
 * ({@code 2024-03-10T10:26:33Z}, {@code 2024-03-10T10:26:33.5+01:00}), as
 * {@code org.opencontainers.image.created} should. A value a variable decides, such as the usual
 * {@code $BUILD_DATE}, is not judged: unlike hadolint, which reports it.
 */
public final class SchemaLabelIsRfc3339Time implements Rule {

    /** RFC 3339's date-time: date, {@code T} (or a space, which it allows), time with seconds, zone. */
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

    private final Map<String, LabelType> schema;

    /** The rule for the labels of {@code schema} of type {@code rfc3339}; with none it finds nothing. */
    public SchemaLabelIsRfc3339Time(Map<String, LabelType> schema) {
        this.schema = Map.copyOf(schema);
    }

    @Override
    public String code() {
        return "DL3053";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Label `<label>` is not a valid time format - must conform to RFC3339.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return Labels.withInvalidValue(input.dockerfile(), schema, LabelType.RFC3339, SchemaLabelIsRfc3339Time::isValid,
                "is not a valid time format - must conform to RFC3339.");
    }

    /** Whether {@code value} is an RFC 3339 date-time of a day and time that exist. */
    static boolean isValid(String value) {
        if (!DATE_TIME.matcher(value).matches()) {
            return false;
        }
        String iso = value.substring(0, 10) + "T" + value.substring(11).toUpperCase(Locale.ROOT);
        try {
            OffsetDateTime.parse(iso);
            return true;
        } catch (DateTimeParseException impossible) {
            return false;
        }
    }
}
