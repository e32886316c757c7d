package org.dockci.lint.rules;

import java.util.List;

import org.dockci.lint.LintConfig;
import org.dockci.lint.Rule;

/**
 * Every rule dockci runs: the one list the {@link org.dockci.lint.Linter} is given. Adding a rule is
 * one line here, in code order; RulesTest fails while a rule class is missing from it.
 *
 * <p>Rules are made for one configuration. A rule that needs a setting takes it in its constructor,
 * from {@code config}, and keeps it final: DL3026, for instance, is built with
 * {@code config.trustedRegistries()}, the label rules (DL3049–DL3058) with {@code config.labelSchema()}.
 * Rules never read ignores, overrides or the threshold: the Linter applies those.
 */
public final class Rules {

    private Rules() {
    }

    /** A new instance of every rule, configured by {@code config}. */
    public static List<Rule> all(LintConfig config) {
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
                new SecretFileCopied(),
                new MainProcessGetsStopSignal());
    }
}
