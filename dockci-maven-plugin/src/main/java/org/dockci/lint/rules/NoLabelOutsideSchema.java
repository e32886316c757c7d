package org.dockci.lint.rules;

import java.util.List;
import java.util.Map;

import org.dockci.lint.LabelType;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3050: with {@code strict-labels: true} in {@code .hadolint.yaml}, a LABEL sets only labels of the
 * {@code label-schema}, so that the schema stays the one list of what images say about themselves.
 * Without {@code strict-labels} it finds nothing. A LABEL is reported once however many labels it
 * sets outside the schema.
 */
public final class NoLabelOutsideSchema implements Rule {

    private final Map<String, LabelType> schema;
    private final boolean strict;

    /** The rule for the labels of {@code schema}, finding something only when {@code strict}. */
    public NoLabelOutsideSchema(Map<String, LabelType> schema, boolean strict) {
        this.schema = Map.copyOf(schema);
        this.strict = strict;
    }

    @Override
    public String code() {
        return "DL3050";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String message() {
        return "Superfluous label(s) present.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!strict) {
            return List.of();
        }
        return Labels.of(input.dockerfile()).stream().filter(label -> !schema.containsKey(label.key()))
                .map(label -> label.violation(null)).distinct().toList();
    }
}
