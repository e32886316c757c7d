package org.dockci.mojo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.dockci.version.MetadataFiles;

/**
 * Fails the build when {@code dockci:structure} found failed checks (it leaves them in
 * {@code target/dockci/structure-failures.txt}): in {@code verify}, after {@code docker:stop}, before any push.
 */
@Mojo(name = "structure-verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class StructureVerifyMojo extends AbstractMojo {

    /** Skips the structure tests, and so their verdict. */
    @Parameter(property = "dockci.structure.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path failures = Path.of(project.getBuild().getDirectory(), MetadataFiles.DIRECTORY, StructureMojo.FAILURES);
        if (skip || !Files.isRegularFile(failures)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(failures);
        } catch (IOException e) {
            throw new MojoExecutionException("dockci:structure-verify: cannot read " + failures + ": " + e.getMessage(), e);
        }
        throw new MojoFailureException(project.getArtifactId() + ": " + lines.size() + " structure test(s) failed ("
                + "see target/failsafe-reports/): " + String.join(" | ", lines));
    }
}
