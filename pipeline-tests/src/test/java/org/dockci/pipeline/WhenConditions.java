package org.dockci.pipeline;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Decides, as Jenkins' declarative pipeline does, whether a stage's {@code when} conditions hold for a build
 * with the given environment (a multibranch job sets {@code BRANCH_NAME}; a merge request's build also sets
 * {@code CHANGE_ID}). Knows branch, changeRequest, environment, not, allOf and anyOf; any other condition
 * is refused, never guessed.
 */
final class WhenConditions {

    private WhenConditions() {
    }

    /** Whether every condition holds (a when block with several conditions means all of them). */
    static boolean hold(List<Step> conditions, Map<String, String> environment) {
        return conditions.stream().allMatch(condition -> holds(condition, environment));
    }

    private static boolean holds(Step condition, Map<String, String> environment) {
        return switch (condition.name()) {
            case "branch" -> branchMatches(pattern(condition), environment.get("BRANCH_NAME"));
            case "changeRequest" -> {
                if (!condition.arguments().isEmpty() || !condition.namedArguments().isEmpty()) {
                    throw new JenkinsfileException(condition.line(), "changeRequest with arguments is not evaluated here");
                }
                String changeId = environment.get("CHANGE_ID");
                yield changeId != null && !changeId.isBlank();
            }
            case "environment" -> {
                String name = condition.named("name").map(Value::asString).orElseThrow(
                        () -> new JenkinsfileException(condition.line(), "environment needs name:"));
                String value = condition.named("value").map(Value::asString).orElseThrow(
                        () -> new JenkinsfileException(condition.line(), "environment needs value:"));
                yield value.equals(environment.get(name));
            }
            case "not" -> {
                if (condition.body().size() != 1) {
                    throw new JenkinsfileException(condition.line(), "not takes exactly one condition");
                }
                yield !holds(condition.body().get(0), environment);
            }
            case "allOf" -> hold(condition.body(), environment);
            case "anyOf" -> condition.body().stream().anyMatch(inner -> holds(inner, environment));
            default -> throw new JenkinsfileException(condition.line(),
                    "when condition '" + condition.name() + "' is not evaluated here");
        };
    }

    private static String pattern(Step branch) {
        Value pattern = branch.arguments().isEmpty() ? branch.named("pattern").orElse(null) : branch.arguments().get(0);
        if (pattern == null || !pattern.isStringLiteral() || branch.named("comparator").isPresent()) {
            throw new JenkinsfileException(branch.line(), "branch is evaluated with one literal glob pattern only");
        }
        return pattern.asString();
    }

    /** Jenkins compares BRANCH_NAME with an Ant-style glob by default; a build without BRANCH_NAME matches none. */
    private static boolean branchMatches(String pattern, String branchName) {
        if (branchName == null || branchName.isBlank()) {
            return false;
        }
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(Path.of(branchName));
    }
}
