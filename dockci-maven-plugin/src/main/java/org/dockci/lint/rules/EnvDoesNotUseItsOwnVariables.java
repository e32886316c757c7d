package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3044: an ENV does not use a variable it sets itself, in another of its pairs. Docker expands
 * every value of one ENV before it sets any of them, so {@code ENV A=1 B=$A} gives {@code B} the
 * value {@code A} had before, here nothing. Set {@code A} in an ENV of its own first.
 *
 * <p>As in hadolint, a variable an earlier ENV or ARG of the file already sets is fine (its old value
 * may be what is meant), and so is a pair using its own variable ({@code ENV PATH=/opt/bin:$PATH}).
 */
public final class EnvDoesNotUseItsOwnVariables implements Rule {

    @Override
    public String code() {
        return "DL3044";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String message() {
        return "Do not refer to an environment variable within the same `ENV` statement where it is defined.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        Set<String> known = new HashSet<>();
        List<Violation> violations = new ArrayList<>();
        for (Instruction instruction : input.dockerfile().instructions()) {
            if (instruction instanceof Instruction.Arg arg) {
                arg.declarations().forEach(declaration -> known.add(declaration.name()));
            } else if (instruction instanceof Instruction.Env env) {
                if (usesOwnVariable(env.pairs(), known)) {
                    violations.add(Violation.at(env, null));
                }
                env.pairs().forEach(pair -> known.add(pair.key()));
            }
        }
        return violations;
    }

    private static boolean usesOwnVariable(List<Instruction.KeyValue> pairs, Set<String> known) {
        for (int set = 0; set < pairs.size(); set++) {
            String name = pairs.get(set).key();
            if (known.contains(name)) {
                continue;
            }
            for (int using = 0; using < pairs.size(); using++) {
                if (using != set && VariableReference.refersTo(pairs.get(using).value(), name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
