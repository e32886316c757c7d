package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dockci.dockerfile.BuildStage;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3024: no two stages have the same name (each FROM reusing an earlier name is reported).
 * A name must say which stage {@code COPY --from} and {@code FROM} use; with two stages of that name
 * the reader has to guess which one is meant.
 */
public final class StageNamesAreUnique implements Rule {

    @Override
    public String code() {
        return "DL3024";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String message() {
        return "FROM aliases (stage names) must be unique";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        Set<String> names = new HashSet<>();
        List<Violation> violations = new ArrayList<>();
        for (BuildStage stage : input.stages()) {
            // Docker lower-cases stage names, so Build and build are the same stage
            if (stage.name() != null && !names.add(stage.name().toLowerCase(Locale.ROOT))) {
                violations.add(Violation.at(stage.from(), null));
            }
        }
        return violations;
    }
}
