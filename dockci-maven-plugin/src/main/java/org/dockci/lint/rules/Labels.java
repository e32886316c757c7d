package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.LabelType;
import org.dockci.lint.Violation;

/**
 * The labels LABEL instructions set, as the label rules read them (ONBUILD triggers are not looked
 * into, as in hadolint): each key and value as Docker sets them, quotes and escapes removed.
 */
final class Labels {

    /**
     * One label of {@code instruction}: {@code key} as Docker sets it, or as written without its quotes
     * when a variable is in it; {@code value} empty when a variable decides it, as in
     * {@code LABEL org.opencontainers.image.created=$BUILD_DATE}, which only the build knows.
     */
    record Label(Instruction.Label instruction, String key, Optional<String> value) {

        /** A finding at the label's instruction, with {@code message}. */
        Violation violation(String message) {
            return Violation.at(instruction, message);
        }
    }

    private Labels() {
    }

    /** Every label of {@code dockerfile}, in source order. */
    static List<Label> of(Dockerfile dockerfile) {
        char escape = dockerfile.directives().escape();
        List<Label> labels = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.Label label) {
                labels.addAll(of(label, escape));
            }
        }
        return labels;
    }

    /**
     * A finding at each LABEL that gives a label of {@code schema} of type {@code type} a value that is
     * not {@code valid}, once per label and instruction, with the message {@code Label `NAME` <problem>}.
     * A value a variable decides is not judged: only the build knows it.
     */
    static List<Violation> withInvalidValue(Dockerfile dockerfile, Map<String, LabelType> schema, LabelType type,
            Predicate<String> valid, String problem) {
        if (!schema.containsValue(type)) {
            return List.of(); // the usual case, no schema: no label to read
        }
        return of(dockerfile).stream()
                .filter(label -> schema.get(label.key()) == type)
                .filter(label -> label.value().filter(valid.negate()).isPresent())
                .map(label -> label.violation("Label `" + label.key() + "` " + problem))
                .distinct().toList();
    }

    /** The labels {@code label} sets, in order. */
    static List<Label> of(Instruction.Label label, char escape) {
        List<Label> labels = new ArrayList<>();
        for (Instruction.KeyValue pair : label.pairs()) {
            String key = ExpandedWord.literal(pair.key(), escape).orElse(ContainerPath.unquoted(pair.key()));
            labels.add(new Label(label, key, ExpandedWord.literal(pair.value(), escape)));
        }
        return labels;
    }
}
