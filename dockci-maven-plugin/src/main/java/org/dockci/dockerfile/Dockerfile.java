package org.dockci.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed Dockerfile: its directives, the instructions Docker's parser accepts, every comment
 * (for suppressions), and the syntax errors (empty when Docker would accept the file).
 */
public record Dockerfile(Directives directives, List<Instruction> instructions, List<Comment> comments,
        List<SyntaxError> errors) {

    /** True when Docker's parser accepts the file. */
    public boolean valid() {
        return errors.isEmpty();
    }

    /** The ARG instructions before the first FROM: the only ones that FROM lines can use. */
    public List<Instruction.Arg> globalArgs() {
        List<Instruction.Arg> args = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction instanceof Instruction.From) {
                break;
            }
            if (instruction instanceof Instruction.Arg arg) {
                args.add(arg);
            }
        }
        return args;
    }

    /** The build stages in order, each with the instructions that follow its FROM. */
    public List<Stage> stages() {
        List<Stage> stages = new ArrayList<>();
        Instruction.From from = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction instanceof Instruction.From next) {
                if (from != null) {
                    stages.add(new Stage(stages.size(), from, List.copyOf(body)));
                }
                from = next;
                body.clear();
            } else if (from != null) {
                body.add(instruction);
            }
        }
        if (from != null) {
            stages.add(new Stage(stages.size(), from, List.copyOf(body)));
        }
        return stages;
    }
}
