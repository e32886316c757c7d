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

    /** BuildKit sets these in the global scope of every build: their value depends on the machine. */
    private static final List<String> PLATFORM_ARGS = List.of("BUILDPLATFORM", "BUILDOS", "BUILDARCH",
            "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT");

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
    public List<BuildStage> stages() {
        List<BuildStage> stages = new ArrayList<>();
        Instruction.From from = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction instanceof Instruction.From next) {
                if (from != null) {
                    stages.add(new BuildStage(stages.size(), from, List.copyOf(body)));
                }
                from = next;
                body.clear();
            } else if (from != null) {
                body.add(instruction);
            }
        }
        if (from != null) {
            stages.add(new BuildStage(stages.size(), from, List.copyOf(body)));
        }
        return stages;
    }

    /**
     * What each stage's FROM names, in stage order, with the global ARGs' defaults applied once: an ARG without
     * default, a platform ARG ({@code TARGETARCH}…) and a name no ARG declares are the build's to decide.
     */
    public List<FromImage> baseImages() {
        return baseImages(Map.of());
    }

    /**
     * {@link #baseImages()} of a build given {@code buildArgs} ({@code --build-arg}): each replaces the default of the
     * global ARG of its name; one no global ARG declares is not seen by FROM, as in Docker.
     */
    public List<FromImage> baseImages(Map<String, String> buildArgs) {
        char escape = directives.escape();
        Map<String, String> args = globalArgValues(escape, buildArgs);
        List<BuildStage> stages = stages();
        List<FromImage> images = new ArrayList<>();
        for (BuildStage stage : stages) {
            String word = stage.from().image();
            Optional<String> expanded = ShellWord.expandKnown(word, args, escape);
            Optional<BuildStage> earlier = expanded.flatMap(image -> stageNamed(stages, image, stage.index()));
            Optional<ImageReference> repository = earlier.isPresent() || expanded.filter(FromImage.SCRATCH::equals)
                    .isPresent() ? Optional.empty() : repositoryOf(word, args, escape);
            images.add(new FromImage(stage, expanded, earlier, repository));
        }
        return images;
    }

    /**
     * The image the final stage is built on, {@code debian:trixie-slim}, followed through the earlier stages it
     * names. Empty for {@code scratch}, for a FROM a build argument decides, and for a file without stages.
     */
    public Optional<ImageReference> finalBaseImage() {
        return finalBaseImage(Map.of());
    }

    /** {@link #finalBaseImage()} of a build given {@code buildArgs}, as {@link #baseImages(Map)}. */
    public Optional<ImageReference> finalBaseImage(Map<String, String> buildArgs) {
        List<FromImage> images = baseImages(buildArgs);
        if (images.isEmpty()) {
            return Optional.empty();
        }
        FromImage image = images.get(images.size() - 1);
        while (image.earlierStage().isPresent()) {
            image = images.get(image.earlierStage().get().index());
        }
        return image.reference();
    }

    /** The repository {@code word} names without tag or digest, known even when only those are the build's. */
    private static Optional<ImageReference> repositoryOf(String word, Map<String, String> args, char escape) {
        Map<String, String> marked = new HashMap<>(args);
        Matcher variables = VARIABLE.matcher(word);
        while (variables.find()) {
            marked.putIfAbsent(variables.group(1), ShellWord.UNKNOWN);
        }
        String image;
        try {
            image = ShellWord.process(word, marked, escape);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        int at = image.indexOf('@');
        String nameAndTag = at < 0 ? image : image.substring(0, at);
        int colon = nameAndTag.lastIndexOf(':');
        String name = colon > nameAndTag.lastIndexOf('/') ? nameAndTag.substring(0, colon) : nameAndTag;
        return name.contains(ShellWord.UNKNOWN) || name.equals(FromImage.SCRATCH) ? Optional.empty()
                : ImageReference.parse(name);
    }

    /** The stage before {@code beforeIndex} called {@code name}, which Docker compares in lower case. */
    private static Optional<BuildStage> stageNamed(List<BuildStage> stages, String name, int beforeIndex) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (BuildStage stage : stages.subList(0, beforeIndex)) {
            if (stage.name() != null && stage.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** Each global ARG's value, given or its default, in declaration order, as Docker expands them. */
    private Map<String, String> globalArgValues(char escape, Map<String, String> buildArgs) {
        Map<String, String> values = new HashMap<>();
        for (String platformArg : PLATFORM_ARGS) {
            values.put(platformArg, ShellWord.UNKNOWN);
        }
        for (Instruction.Arg arg : globalArgs()) {
            for (Instruction.ArgDeclaration declaration : arg.declarations()) {
                String value = buildArgs.containsKey(declaration.name()) ? buildArgs.get(declaration.name())
                        : declaration.defaultValue() == null ? ShellWord.UNKNOWN
                        : ShellWord.expandKnown(declaration.defaultValue(), values, escape).orElse(ShellWord.UNKNOWN);
                if (!PLATFORM_ARGS.contains(declaration.name())) {
                    values.put(declaration.name(), value);
                }
            }
        }
        return values;
    }
}
