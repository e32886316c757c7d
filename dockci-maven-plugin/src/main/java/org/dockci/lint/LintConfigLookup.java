package org.dockci.lint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configuration that applies to one Dockerfile, from lowest to highest precedence: dockci's
 * defaults, the {@code .hadolint.yaml} (or {@code .hadolint.yml}) at the repository root, the one in
 * the Dockerfile's folder, then the POM parameters. Folders in between are not looked at.
 */
public final class LintConfigLookup {

    private final Path repositoryRoot;
    private final LintConfig pomParameters;

    /** Looks for configuration files under {@code repositoryRoot}; {@code pomParameters} win over them. */
    public LintConfigLookup(Path repositoryRoot, LintConfig pomParameters) {
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        this.pomParameters = pomParameters;
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

    private static LintConfig fileIn(Path folder) throws IOException, LintConfigException {
        Optional<Path> file = HadolintConfigFile.in(folder);
        return file.isPresent() ? HadolintConfigFile.read(file.get()) : LintConfig.EMPTY;
    }
}
