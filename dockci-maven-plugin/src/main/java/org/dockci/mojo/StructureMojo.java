package org.dockci.mojo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.dockci.engine.EngineException;
import org.dockci.structure.CheckResult;
import org.dockci.structure.StructureConfig;
import org.dockci.structure.StructureConfigException;
import org.dockci.structure.StructureConfigParser;
import org.dockci.structure.StructureReport;
import org.dockci.structure.StructureTestRun;
import org.dockci.version.MetadataFiles;

/**
 * Runs the module's structure tests ({@code structure-test.yaml} next to its Dockerfile, in container-structure-test's
 * schema 2.0.0) against the candidate image just built: commands in throwaway containers, files read from the image
 * without starting it, its metadata. Writes a JUnit report into {@code target/failsafe-reports/} and one log line per
 * failed check. Like failsafe, it does not stop the build in {@code integration-test} (the container
 * {@code docker:start} started must still be stopped): failed checks are written to
 * {@code target/dockci/structure-failures.txt} and {@code dockci:structure-verify} fails the build in {@code verify},
 * before anything is pushed. A file that cannot be read (YAML, unknown keys, wrong types) fails at once. No file: nothing
 * to do. Runs in the container modules that changed.
 */
@Mojo(name = "structure", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class StructureMojo extends AbstractMojo {

    /** The failed checks, for {@code dockci:structure-verify}; absent when all passed. */
    static final String FAILURES = "structure-failures.txt";

    /** Skips the structure tests. */
    @Parameter(property = "dockci.structure.skip", defaultValue = "false")
    private boolean skip;

    /** The structure-test file, container-structure-test's YAML; absent: nothing to do. */
    @Parameter(property = "dockci.structure.file", defaultValue = "${project.basedir}/structure-test.yaml")
    private String file;

    /** How long, in seconds, one command test (its setup included) or one file read may take before it fails. */
    @Parameter(property = "dockci.structure.timeout", defaultValue = "60")
    private int timeout;

    /** Where the JUnit report goes: failsafe's folder, so that Jenkins shows the checks with the ITs. */
    @Parameter(property = "dockci.structure.reportsDirectory",
            defaultValue = "${project.build.directory}/failsafe-reports")
    private String reportsDirectory;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path failures = Path.of(project.getBuild().getDirectory(), MetadataFiles.DIRECTORY, FAILURES);
        try {
            Files.deleteIfExists(failures);
        } catch (IOException e) {
            throw new MojoExecutionException("dockci:structure: cannot remove " + failures + ": " + e.getMessage(), e);
        }
        Path config = Path.of(file);
        Optional<String> built = BuiltImage.of(project, session);
        if (skip || !Files.isRegularFile(config) || built.isEmpty()) {
            return;
        }
        String module = project.getArtifactId();
        String shown = project.getBasedir().toPath().relativize(config.toAbsolutePath()).toString();
        String image = built.get();
        StructureConfig tests;
        try {
            tests = StructureConfigParser.parse(config, shown);
        } catch (StructureConfigException e) {
            e.problems().forEach(problem -> getLog().error(module + ": " + problem));
            throw new MojoFailureException(module + ": " + shown + " cannot be run: " + e.problems().size()
                    + " problem(s), the first: " + e.problems().get(0));
        } catch (IOException e) {
            throw new MojoExecutionException("dockci:structure: cannot read " + config + ": " + e.getMessage(), e);
        }
        List<CheckResult> results;
        long start = System.nanoTime();
        try {
            results = new StructureTestRun(BuiltImage.engine(project),
                    Duration.ofSeconds(timeout), System.getenv(),
                    project.getBasedir().toPath()).run(image, tests);
        } catch (EngineException e) {
            throw new MojoExecutionException("dockci:structure: " + e.getMessage(), e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<CheckResult> failed = results.stream().filter(result -> !result.passed()).toList();
        try {
            StructureReport.write(Path.of(reportsDirectory, StructureReport.fileName(module)), module, shown, image,
                    results);
            if (!failed.isEmpty()) {
                Files.createDirectories(failures.getParent());
                Files.write(failures, failed.stream().map(result -> module + ": " + result.title() + ": "
                        + String.join("; ", result.errors())).toList());
            }
        } catch (IOException e) {
            throw new MojoExecutionException("dockci:structure: cannot write the report: " + e.getMessage(), e);
        }
        failed.forEach(result -> getLog().error(module + ": structure test failed: " + result.title() + ": "
                + String.join("; ", result.errors())));
        String summary = module + ": " + results.size() + " structure tests, " + failed.size() + " failed ("
                + millis + " ms)";
        if (failed.isEmpty()) {
            getLog().info(summary);
        } else {
            getLog().error(summary + ": the build fails in verify (dockci:structure-verify), before any push");
        }
    }
}
