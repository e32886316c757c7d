package org.dockci.mojo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.dockci.engine.ContainerOutput;
import org.dockci.engine.DockerEngine;
import org.dockci.engine.EngineException;
import org.dockci.engine.PullResult;
import org.dockci.packages.BillOfMaterials;
import org.dockci.packages.PackageDiff;
import org.dockci.packages.PackageDiffReport;
import org.dockci.packages.PackageInventory;
import org.dockci.packages.UpdateCheck;
import org.dockci.version.MetadataFiles;

/**
 * Lists the packages of the image just built (run throwaway: {@code dpkg-query}, Alpine's database or
 * {@code rpm}), writes them as a CycloneDX bill of materials ({@code target/dockci/sbom.cdx.json}), and compares
 * them with the previous release's image (pulled when the engine lacks it): {@code target/dockci/package-diff.json}
 * and {@code .md}, and one log line. In change mode {@code refresh} it also checks that the image rebuilt without
 * cache has nothing pending: when it still has, its base image is behind, and the build fails before anything
 * is tested or pushed. Runs after {@code docker:build}, in the container modules that changed.
 */
@Mojo(name = "sbom", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class SbomMojo extends AbstractMojo {

    private static final int SHOWN = 5;

    /** Skips the bill of materials and the package diff. */
    @Parameter(property = "dockci.sbom.skip", defaultValue = "false")
    private boolean skip;

    /** How long, in seconds, listing or checking an image's packages may take. */
    @Parameter(property = "dockci.refresh.timeout", defaultValue = "300")
    private int timeout;

    /** The change mode (see {@code dockci:detect}); in {@code refresh} the rebuilt image must have nothing pending. */
    @Parameter(property = "dockci.changes", defaultValue = "auto")
    private String changes;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Optional<String> built = BuiltImage.of(project, session);
        if (skip || built.isEmpty()) {
            return;
        }
        Properties properties = project.getProperties();
        String module = project.getArtifactId();
        String image = built.get();
        Path directory = Path.of(project.getBuild().getDirectory(), MetadataFiles.DIRECTORY);
        DockerEngine engine = BuiltImage.engine(project);
        try {
            PackageInventory inventory = inventory(engine, image);
            if (inventory.manager().isEmpty()) {
                getLog().info(module + ": no package manager found in " + image + ", packages not listed");
                return;
            }
            Instant created = Instant.parse(properties.getProperty("dockci.created"));
            BillOfMaterials.write(directory.resolve(BillOfMaterials.FILE), image, created, inventory);
            getLog().info(module + ": " + inventory.packages().size() + " packages (" + inventory.manager().get()
                    + inventory.distro().map(distro -> ", " + distro.qualifier()).orElse("") + ") in "
                    + Path.of(project.getBasedir().getPath()).relativize(directory.resolve(BillOfMaterials.FILE)));
            diffWithPreviousRelease(engine, module, image, inventory, properties.getProperty("dockci.release.previous", ""),
                    directory);
            if ("refresh".equalsIgnoreCase(changes.trim())) {
                checkNothingPending(engine, module, image);
            }
        } catch (EngineException e) {
            throw new MojoExecutionException("dockci:sbom: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("dockci:sbom: cannot write into " + directory + ": " + e.getMessage(), e);
        }
    }

    private PackageInventory inventory(DockerEngine engine, String image) {
        ContainerOutput output = engine.runScript(image, PackageInventory.SCRIPT, Duration.ofSeconds(timeout));
        return PackageInventory.parse(output.stdout());
    }

    private void diffWithPreviousRelease(DockerEngine engine, String module, String image, PackageInventory now,
            String previous, Path directory) throws IOException {
        if (previous.isEmpty()) {
            getLog().info(module + ": no previous release, no package diff");
            return;
        }
        PullResult local = engine.ensureLocal(previous);
        if (!(local instanceof PullResult.Pulled)) {
            String why = local instanceof PullResult.NotFound missing ? missing.message()
                    : ((PullResult.Failed) local).message();
            getLog().warn(module + ": no package diff: the previous release " + previous + " cannot be pulled (" + why + ")");
            return;
        }
        PackageDiff diff = PackageDiff.between(inventory(engine, previous), now);
        new PackageDiffReport(module, previous, image, diff).write(directory);
        getLog().info(module + ": " + diff.summary(SHOWN) + " since " + previous.substring(previous.lastIndexOf(':') + 1));
    }

    private void checkNothingPending(DockerEngine engine, String module, String image) throws MojoExecutionException,
            MojoFailureException {
        ContainerOutput output = engine.runScript(image, UpdateCheck.SCRIPT, Duration.ofSeconds(timeout));
        UpdateCheck.Result result = UpdateCheck.read(output.exitCode(), output.stdout(), output.stderr());
        if (result instanceof UpdateCheck.Unreachable unreachable) {
            throw new MojoExecutionException("dockci:sbom: " + module + ": cannot check the rebuilt " + image
                    + " for pending updates: its package repositories do not answer"
                    + (unreachable.hosts().isEmpty() ? "" : " (" + unreachable.hosts() + ")") + ": " + unreachable.detail());
        }
        if (result instanceof UpdateCheck.Pending pending && !pending.updates().isEmpty()) {
            String base = Optional.ofNullable(project.getProperties().getProperty("dockci.base.name"))
                    .orElse("the image it is built FROM");
            throw new MojoFailureException(module + ": still " + pending.describe(SHOWN) + " after a rebuild without"
                    + " the build cache: its base image " + base + " is behind. Remake it (scripts/build-env.sh"
                    + " --refresh-bases, for the bases made on this machine) or pull a newer one (docker pull " + base
                    + "), then run the refresh again; nothing is released.");
        }
        getLog().info(module + ": rebuilt without cache, nothing pending");
    }
}
