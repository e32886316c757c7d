package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dockci.dockerfile.BuildStage;
import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.FromImage;
import org.dockci.dockerfile.Instruction;
import org.dockci.dockerfile.ShellWord;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3042: a {@code pip install}, in a RUN or an ONBUILD RUN, uses {@code --no-cache-dir}. pip's
 * cache of downloads and wheels is of no use in an image and stays in the layer.
 *
 * <p>Not needed when pip's cache is off anyway: {@code PIP_NO_CACHE_DIR} set to a true value by an
 * ENV of the stage (or of the stage it builds FROM; for an ONBUILD RUN, also by an earlier ONBUILD
 * ENV) or in the RUN itself, or a {@code --mount} of a cache or tmpfs on {@code .cache/pip}.
 * pipx and pipenv, which only look like pip, are not checked.
 */
public final class PipInstallNoCacheDir implements Rule {

    private static final String VARIABLE = "PIP_NO_CACHE_DIR";

    /** The values hadolint takes as "on". */
    private static final Set<String> TRUE_VALUES =
            Set.of("1", "true", "True", "TRUE", "on", "On", "ON", "yes", "Yes", "YES");

    /** {@code PIP_NO_CACHE_DIR=1} in a script, as an assignment or an export; group 1 is the value. */
    private static final Pattern INLINE_SETTING = Pattern.compile(VARIABLE + "=[\"']?(\\w*)");

    @Override
    public String code() {
        return "DL3042";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        Dockerfile dockerfile = input.dockerfile();
        char escape = dockerfile.directives().escape();
        Map<Integer, Boolean> cacheOffByStage = new HashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (FromImage base : input.baseImages()) {
            BuildStage stage = base.stage();
            // ENV is inherited from the stage built FROM
            boolean cacheOff = base.earlierStage().map(earlier -> cacheOffByStage.get(earlier.index())).orElse(false);
            boolean cacheOffForTriggers = false;
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof Instruction.Env env) {
                    cacheOff = cacheOffAfter(env, cacheOff, escape);
                } else if (instruction instanceof Instruction.OnBuild onBuild
                        && onBuild.trigger() instanceof Instruction.Env env) {
                    cacheOffForTriggers = cacheOffAfter(env, cacheOffForTriggers, escape);
                }
                Optional<ShellRun> run = ShellRun.of(input, instruction);
                if (run.isEmpty()) {
                    continue;
                }
                // a trigger runs in an image built FROM this one, which has this stage's ENV too
                boolean cacheOffForRun = cacheOff || run.get().trigger() && cacheOffForTriggers;
                if (!cacheOffForRun) {
                    firstCachingInstall(run.get()).ifPresent(violations::add);
                }
            }
            cacheOffByStage.put(stage.index(), cacheOff);
        }
        return violations;
    }

    private static boolean cacheOffAfter(Instruction.Env env, boolean cacheOff, char escape) {
        boolean result = cacheOff;
        for (Instruction.KeyValue pair : env.pairs()) {
            if (pair.key().equals(VARIABLE)) {
                result = TRUE_VALUES.contains(valueOf(pair.value(), escape));
            }
        }
        return result;
    }

    private static String valueOf(String written, char escape) {
        try {
            return ShellWord.process(written, Map.of(), escape);
        } catch (IllegalArgumentException malformed) {
            return written;
        }
    }

    /** A finding at the first {@code pip install} of {@code run} that fills pip's cache in the layer, if any. */
    private static Optional<Violation> firstCachingInstall(ShellRun run) {
        // the cheap test first: most RUNs install nothing with pip
        Optional<Violation> install = run.violationAtFirst(
                command -> PipCommand.isPipInstall(command) && !command.hasArgument("--no-cache-dir"));
        if (install.isEmpty() || run.mountsCacheOrTmpfs(".cache/pip") || setsCacheOffInline(run.script().text())) {
            return Optional.empty();
        }
        return install;
    }

    private static boolean setsCacheOffInline(String script) {
        Matcher setting = INLINE_SETTING.matcher(script);
        while (setting.find()) {
            if (TRUE_VALUES.contains(setting.group(1))) {
                return true;
            }
        }
        return false;
    }
}
