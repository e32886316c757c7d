package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.dockci.dockerfile.BuildStage;
import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * The variables declared where each RUN runs, as hadolint's version-pinning rules of yum and dnf read
 * them to trust {@code git-core-${version}}: the names the ENVs of the RUN's stage set before it,
 * those of the stages it starts from, and every ARG declared before it anywhere in the file.
 */
final class RunVariables {

    private RunVariables() {
    }

    /**
     * A finding, with the rule's own message, for each RUN and ONBUILD RUN of {@code input}'s Dockerfile with a
     * command that {@code breaksRule}, given which variable names are declared there, at the first such
     * command.
     */
    static List<Violation> commandViolations(RuleInput input,
            BiPredicate<SimpleCommand, Predicate<String>> breaksRule) {
        Dockerfile dockerfile = input.dockerfile();
        BuildStages stages = BuildStages.of(input);
        Set<String> args = new HashSet<>();
        dockerfile.globalArgs().forEach(arg -> arg.declarations().forEach(declaration -> args.add(declaration.name())));
        // by the stage's index: a BuildStage's hash code is that of all its instructions
        Map<Integer, Set<String>> envByStage = new HashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (BuildStage stage : stages.all()) {
            Set<String> env = new HashSet<>(stages.parent(stage).map(parent -> envByStage.get(parent.index()))
                    .orElse(Set.of()));
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof Instruction.Env set) {
                    set.pairs().forEach(pair -> env.add(pair.key()));
                } else if (instruction instanceof Instruction.Arg arg) {
                    arg.declarations().forEach(declaration -> args.add(declaration.name()));
                }
                Optional<ShellRun> run = ShellRun.of(input, instruction);
                if (run.isPresent()) {
                    Predicate<String> declared = name -> env.contains(name) || args.contains(name);
                    run.get().violationAtFirst(command -> breaksRule.test(command, declared))
                            .ifPresent(violations::add);
                }
            }
            envByStage.put(stage.index(), env);
        }
        return violations;
    }
}
