package org.dockci.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A declarative Jenkinsfile as read by Groovy's own parser: what the pipeline runs on, its options and
 * triggers, its stages in order and its {@code post} blocks. {@link JenkinsfileReader} makes it.
 *
 * @param agentLabel the label of {@code agent { label '…' }}; empty for another kind of agent
 * @param options    the calls of the {@code options} block, in order
 * @param parameters the calls of the {@code parameters} block, in order
 * @param triggers   the calls of the {@code triggers} block, in order
 * @param stages     the stages, in order
 * @param post       the steps of each {@code post} condition ({@code always}, {@code success}, …), in file order
 * @param functions  the functions defined beside the pipeline block, by name, in file order
 * @param strings    every string written in the file, for scans (comments are not in Groovy's syntax tree)
 */
public record Jenkinsfile(Optional<String> agentLabel, List<Step> options, List<Step> parameters, List<Step> triggers,
        List<Stage> stages, Map<String, List<Step>> post, Map<String, Function> functions, List<StringConstant> strings) {

    /** Keeps unmodifiable copies; the post conditions keep their order. */
    public Jenkinsfile {
        options = List.copyOf(options);
        parameters = List.copyOf(parameters);
        triggers = List.copyOf(triggers);
        stages = List.copyOf(stages);
        Map<String, List<Step>> postCopy = new LinkedHashMap<>();
        post.forEach((condition, steps) -> postCopy.put(condition, List.copyOf(steps)));
        post = Collections.unmodifiableMap(postCopy);
        functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
        strings = List.copyOf(strings);
    }

    /** Reads and parses {@code file}. */
    public static Jenkinsfile read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** Parses the text of a Jenkinsfile; a {@link JenkinsfileException} names the line of what is wrong. */
    public static Jenkinsfile parse(String text) {
        return JenkinsfileReader.read(text);
    }

    /** The option called {@code name}, if set. */
    public Optional<Step> option(String name) {
        return options.stream().filter(step -> step.name().equals(name)).findFirst();
    }

    /** The build parameter declared with {@code name: '…'}, if there is one. */
    public Optional<Step> parameter(String name) {
        return parameters.stream().filter(step -> step.named("name").filter(Value::isStringLiteral)
                .map(Value::asString).filter(name::equals).isPresent()).findFirst();
    }

    /** The trigger called {@code name}, if set. */
    public Optional<Step> trigger(String name) {
        return triggers.stream().filter(step -> step.name().equals(name)).findFirst();
    }

    /** The stage called {@code name}, if there is one. */
    public Optional<Stage> stage(String name) {
        return stages.stream().filter(stage -> stage.name().equals(name)).findFirst();
    }

    /** The stages' names, in order. */
    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }

    /** The steps of post condition {@code condition}; empty when there is no such block. */
    public List<Step> post(String condition) {
        return post.getOrDefault(condition, List.of());
    }

    /** The scripts of the {@code sh} steps of post condition {@code condition}, in order. */
    public List<String> postShCommands(String condition) {
        return Stage.shCommands(post(condition));
    }

    /** The function called {@code name}, if the file defines one. */
    public Optional<Function> function(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    /**
     * The functions of the file that a stage's {@code script} block calls ({@code script { verifyChanged() }}): a
     * stage that runs them is run by Groovy ({@link JenkinsScript}), not as a list of commands. A script block that
     * calls one among other statements is refused: that is more than this reader runs.
     */
    public List<Function> functionsRunBy(Stage stage) {
        List<Function> run = new ArrayList<>();
        for (Step step : stage.steps()) {
            if (step.name().equals("script") && step.body().stream().anyMatch(call -> functions.containsKey(call.name()))) {
                for (Step call : step.body()) {
                    if (!functions.containsKey(call.name()) || !call.arguments().isEmpty()
                            || !call.namedArguments().isEmpty()) {
                        throw new JenkinsfileException(call.line(), "a script block that runs a function of the file"
                                + " holds only calls of such functions, without arguments: found '" + call.name() + "'");
                    }
                    run.add(functions.get(call.name()));
                }
            }
        }
        return run;
    }

    /** Every call in the file: sections, directives, steps and the calls given to them as arguments. */
    public List<Step> allSteps() {
        List<Step> sections = new ArrayList<>();
        options.forEach(step -> sections.addAll(step.allSteps()));
        parameters.forEach(step -> sections.addAll(step.allSteps()));
        triggers.forEach(step -> sections.addAll(step.allSteps()));
        for (Stage stage : stages) {
            stage.when().forEach(step -> sections.addAll(step.allSteps()));
            stage.steps().forEach(step -> sections.addAll(step.allSteps()));
        }
        post.values().forEach(steps -> steps.forEach(step -> sections.addAll(step.allSteps())));
        functions.values().forEach(function -> function.calls().forEach(step -> sections.addAll(step.allSteps())));
        return sections;
    }
}
