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
 * {@code config.trustedRegistries()}, the label rules (DL3049–DL3058) with {@code config.labelSchema()};
 * DC2001 is built with the Dockerfile's {@link BuildContext}, to read the files it copies. Rules never
 * read ignores, overrides or the threshold: the Linter applies those.
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
                new NoInlineIgnorePragma(),
                new WorkdirIsAbsolute(),
                new NoInteractiveOrSystemCommands(),
                new LastUserIsNotRoot(),
                new NoCd(),
                new NoSudo(),
                new BaseImageIsTagged(),
                new BaseImageIsNotLatest(),
                new AptGetInstallPinsVersions(),
                new AptListsDeleted(),
                new CopiedArchiveIsNotExtracted(),
                new ExposedPortIsInRange(),
                new SingleHealthcheckPerStage(),
                new PipInstallPinsVersions(),
                new AptGetInstallAssumesYes(),
                new AptGetInstallNoRecommends(),
                new NpmInstallPinsVersions(),
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
                new GemInstallPinsVersions(),
                new FromWithoutPlatform(),
                new YumInstallAssumesYes(),
                new YumCacheCleaned(),
                new YumInstallPinsVersions(),
                new ZypperIsNonInteractive(),
                new NoZypperDistUpgrade(),
                new ZypperCacheCleaned(),
                new ZypperInstallPinsVersions(),
                new DnfInstallAssumesYes(),
                new DnfCacheCleaned(),
                new DnfInstallPinsVersions(),
                new PipInstallNoCacheDir(),
                new OnbuildTriggerIsAllowed(),
                new EnvDoesNotUseItsOwnVariables(),
                new RelativeCopyHasWorkdir(),
                new UseraddWithHighUidSkipsLastlog(),
                new WgetSetsProgress(),
                new LabelKeyIsValid(),
                new SchemaLabelIsPresent(config.labelSchema()),
                new NoLabelOutsideSchema(config.labelSchema(), Boolean.TRUE.equals(config.strictLabels())),
                new SchemaLabelIsNotEmpty(config.labelSchema()),
                new SchemaLabelIsUrl(config.labelSchema()),
                new SchemaLabelIsRfc3339Time(config.labelSchema()),
                new SchemaLabelIsSpdxLicense(config.labelSchema()),
                new SchemaLabelIsGitHash(config.labelSchema()),
                new SchemaLabelIsSemVer(config.labelSchema()),
                new StageHasHealthcheck(),
                new SchemaLabelIsEmail(config.labelSchema()),
                new NoConsecutiveRuns(),
                new YarnCacheCleaned(),
                new FromIsFirst(),
                new GoInstallPinsVersions(),
                new StageNameIsNotReserved(),
                new NoSensitiveNameInArgOrEnv(),
                new FromPlatformIsNotTargetPlatform(),
                new UserIsNumeric(),
                new CopyFromStageIsNotWholeFilesystem(),
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
