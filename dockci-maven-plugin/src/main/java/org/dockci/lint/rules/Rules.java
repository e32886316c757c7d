package org.dockci.lint.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.dockci.lint.BuildContext;
import org.dockci.lint.LintConfig;
import org.dockci.lint.Rule;

/**
 * Every rule dockci runs: the one list the {@link org.dockci.lint.Linter} is given. Adding a rule is
 * one line here, in code order; RulesTest fails while a rule class is missing from it.
 *
 * <p>Rules are made for one configuration. A rule that needs a setting takes it in its constructor,
 * from {@code config}, and keeps it final: DL3026, for instance, is built with
 * {@code config.trustedRegistries()}; DC2001 is built with the Dockerfile's {@link BuildContext}, to
 * read the files it copies. Rules never read ignores, overrides or the threshold: the Linter
 * applies those.
 */
public final class Rules {

    private Rules() {
    }

    /** The code of every rule. */
    public static Set<String> codes() {
        return all(LintConfig.DEFAULTS).stream().map(Rule::code).collect(Collectors.toUnmodifiableSet());
    }

    /** A new instance of every rule, configured by {@code config}, with no build context to read files in. */
    public static List<Rule> all(LintConfig config) {
        return all(config, null);
    }

    /**
     * A new instance of every rule, configured by {@code config}, reading the files COPY and ADD take
     * from {@code context} (DC2001; null when none is known).
     */
    public static List<Rule> all(LintConfig config, BuildContext context) {
        return List.of(
                new WorkdirIsAbsolute(),
                new LastUserIsNotRoot(),
                new NoCd(),
                new NoSudo(),
                new BaseImageIsTagged(),
                new BaseImageIsNotLatest(),
                new AptGetInstallPinsVersions(),
                new AptListsDeleted(),
                new ExposedPortIsInRange(),
                new SingleHealthcheckPerStage(),
                new AptGetInstallAssumesYes(),
                new AptGetInstallNoRecommends(),
                new ApkAddPinsVersions(),
                new ApkAddNoCache(),
                new AddOnlyForArchivesAndUrls(),
                new CopyOfSeveralSourcesToFolder(),
                new CopyFromNamesEarlierStage(),
                new CopyFromIsNotOwnStage(),
                new StageNamesAreUnique(),
                new CommandsInExecForm(),
                new ImageFromTrustedRegistry(config.trustedRegistries()),
                new NoApt(),
                new FromWithoutPlatform(),
                new PipInstallNoCacheDir(),
                new RelativeCopyHasWorkdir(),
                new WgetSetsProgress(),
                new NoConsecutiveRuns(),
                new MaintainerIsNotUsed(),
                new WgetOrCurlNotBoth(),
                new SingleCmdPerStage(),
                new SingleEntrypointPerStage(),
                new NoBinShSymlink(),
                new PipefailBeforePipe(),
                new SecretInEnvOrArg(),
                new SecretFileCopied(context),
                new MainProcessGetsStopSignal());
    }
}
