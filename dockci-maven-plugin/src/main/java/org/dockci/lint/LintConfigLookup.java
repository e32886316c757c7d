package org.dockci.lint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The configuration that applies to one Dockerfile, from lowest to highest precedence: dockci's
 * defaults, the {@code .hadolint.yaml} (or {@code .hadolint.yml}) at the repository root, the one in
 * the Dockerfile's folder, then the POM parameters. Folders in between are not looked at. Each file
 * is read once, however many Dockerfiles it applies to.
 *
 * <p>Rule codes that no check has, in the POM parameters or in a file read so far, are collected in
 * {@link #unknownCodes()}: they change nothing, which the user should hear of.
 */
public final class LintConfigLookup {

    private final Path repositoryRoot;
    private final LintConfig pomParameters;
    private final Map<Path, LintConfig> byFolder = new HashMap<>();
    private final Set<String> unknownCodes = new LinkedHashSet<>();

    /** Looks for configuration files under {@code repositoryRoot}; {@code pomParameters} win over them. */
    public LintConfigLookup(Path repositoryRoot, LintConfig pomParameters) {
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        this.pomParameters = pomParameters;
        unknownCodes.addAll(RuleCodes.unknownIn(pomParameters, "", "dockci.lint.ignore",
                severity -> "dockci.lint." + severity.label()));
    }

    /** The merged configuration for {@code dockerfile}; an invalid configuration file is an error naming it. */
    public LintConfig forDockerfile(Path dockerfile) throws IOException, LintConfigException {
        Path folder = dockerfile.toAbsolutePath().normalize().getParent();
        List<LintConfig> sources = new ArrayList<>();
        sources.add(fileIn(repositoryRoot));
        if (!folder.equals(repositoryRoot)) {
            sources.add(fileIn(folder));
        }
        sources.add(pomParameters);
        return LintConfig.merge(sources);
    }

    /**
     * One line per setting that names rule codes no check has, where it was given first:
     * {@code dockci.lint.ignore: unknown rule codes DL9999, NOPE: ...} or
     * {@code /repo/app/.hadolint.yaml: override.error: unknown rule code XX1234: ...}.
     */
    public List<String> unknownCodes() {
        return List.copyOf(unknownCodes);
    }

    private LintConfig fileIn(Path folder) throws IOException, LintConfigException {
        LintConfig known = byFolder.get(folder);
        if (known != null) {
            return known;
        }
        Optional<Path> file = HadolintConfigFile.in(folder);
        LintConfig config = LintConfig.EMPTY;
        if (file.isPresent()) {
            config = HadolintConfigFile.read(file.get());
            unknownCodes.addAll(RuleCodes.unknownIn(config, file.get() + ": ", "ignored",
                    severity -> "override." + severity.label()));
        }
        byFolder.put(folder, config);
        return config;
    }
}
