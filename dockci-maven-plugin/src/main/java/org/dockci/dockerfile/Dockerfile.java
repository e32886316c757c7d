package org.dockci.dockerfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed Dockerfile: its directives, the instructions Docker's parser accepts, every comment
 * (for suppressions), and the syntax errors (empty when Docker would accept the file).
 */
public record Dockerfile(Directives directives, List<Instruction> instructions, List<Comment> comments,
        List<SyntaxError> errors) {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

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

    /**
     * The global ARGs as FROM lines see them: each name with its default, itself expanded with the ARGs before
     * it; an ARG without default is absent (a build would have to give it).
     */
    public Map<String, String> globalArgDefaults() {
        char escape = directives.escape();
        Map<String, String> args = new HashMap<>();
        for (Instruction.Arg arg : globalArgs()) {
            for (Instruction.ArgDeclaration declaration : arg.declarations()) {
                if (declaration.defaultValue() == null) {
                    args.remove(declaration.name());
                } else {
                    args.put(declaration.name(), ShellWord.process(declaration.defaultValue(), args, escape));
                }
            }
        }
        return args;
    }

    /**
     * The image the final stage is built on, {@code debian:trixie-slim}: its FROM with the global ARGs' defaults
     * applied, followed through earlier stages it names. Empty for {@code scratch}, for a FROM that needs a build
     * argument without default, and for a file without stages.
     */
    public Optional<String> finalBaseImage() {
        List<Stage> stages = stages();
        Map<String, String> args = globalArgDefaults();
        char escape = directives.escape();
        for (int index = stages.size() - 1; index >= 0; index--) {
            String image = stages.get(index).from().image();
            Matcher variables = VARIABLE.matcher(image);
            while (variables.find()) {
                if (!args.containsKey(variables.group(1))) {
                    return Optional.empty(); // the base depends on the build's arguments
                }
            }
            image = ShellWord.process(image, new HashMap<>(args), escape);
            if (image.isBlank()) {
                return Optional.empty();
            }
            String named = image.toLowerCase(Locale.ROOT);
            int earlier = -1;
            for (int other = index - 1; other >= 0; other--) {
                if (stages.get(other).name() != null && stages.get(other).name().toLowerCase(Locale.ROOT).equals(named)) {
                    earlier = other;
                    break;
                }
            }
            if (earlier < 0) {
                return image.equals("scratch") ? Optional.empty() : Optional.of(image);
            }
            index = earlier + 1; // the loop steps down to the stage named
        }
        return Optional.empty();
    }
}
