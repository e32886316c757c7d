package org.dockci.lint.rules;

import java.util.List;
import java.util.Map;

import org.dockci.lint.LabelType;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3051: no LABEL sets a label of the {@code label-schema} to an empty value: a present but empty
 * label passes DL3049 while saying nothing. A value a variable decides is not judged.
 */
public final class SchemaLabelIsNotEmpty implements Rule {

    private final Map<String, LabelType> schema;

    /** The rule for the labels of {@code schema}, whatever their type. */
    public SchemaLabelIsNotEmpty(Map<String, LabelType> schema) {
        this.schema = Map.copyOf(schema);
    }

    @Override
    public String code() {
        return "DL3051";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Label `<label>` is empty.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (schema.isEmpty()) {
            return List.of(); // the usual case, no schema: no label to read
        }
        return Labels.of(input.dockerfile()).stream()
                .filter(label -> schema.containsKey(label.key()) && label.value().filter(String::isEmpty).isPresent())
                // hadolint writes this one message with a lower-case "label"
                .map(label -> label.violation("label `" + label.key() + "` is empty."))
                .distinct().toList();
    }
}
