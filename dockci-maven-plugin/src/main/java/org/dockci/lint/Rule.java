package org.dockci.lint;

import java.util.List;

/**
 * One good-practice check of a valid Dockerfile. Rules that hadolint also has keep its code, default
 * severity and meaning; dockci's own use codes DC2000 and up. A rule only reports: ignores,
 * severity overrides and thresholds are applied once, by the {@link Linter}.
 *
 * <p>A rule is registered in {@code org.dockci.lint.rules.Rules#all(LintConfig, BuildContext)}; one
 * that needs a setting of the {@link LintConfig} (DL3026: the trusted registries) or the files of the
 * {@link BuildContext} (DC2001) takes it in its constructor. Rules stay plain Java, tested on a
 * Dockerfile's text and, for the context, a temporary folder. What is worth sharing among the rules of one
 * file, such as its parsed RUN scripts, is in the {@link RuleInput} they are given.
 */
public interface Rule {

    /** The rule's code, e.g. {@code DL3020}. */
    String code();

    /**
     * The severity a finding of this rule has unless the configuration overrides it;
     * {@link Severity#IGNORE} for a rule that is off unless an override gives it a level.
     */
    Severity severity();

    /** What the rule asks for, in one sentence: the message of its findings. */
    String message();

    /**
     * Every place in {@code input}'s Dockerfile where the rule is broken, in source order. A rule that reads
     * RUN scripts takes them from {@code input}, which parses each once for all the rules of a file.
     */
    List<Violation> check(RuleInput input);
}
