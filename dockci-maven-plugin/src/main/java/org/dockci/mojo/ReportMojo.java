package org.dockci.mojo;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import org.apache.maven.execution.BuildFailure;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.dockci.changes.git.GitException;
import org.dockci.engine.BuildId;
import org.dockci.registry.DockerConfig;
import org.dockci.registry.RegistryLogins;
import org.dockci.report.ContainerFolder;
import org.dockci.report.JoinedLintReports;
import org.dockci.report.ModuleRun;
import org.dockci.report.Redaction;
import org.dockci.report.RunReport;
import org.dockci.report.RunReportFiles;
import org.dockci.version.MetadataFiles;

/**
 * The run report: {@code target/dockci/report.html}, one self-contained page saying for each container module
 * whether it changed and why, its lint findings, its build (time, image ID, size and its change since the previous
 * release), each IT with its result and time, the tags pushed and the package diff, under the totals and a timeline
 * of every module's steps; and {@code target/dockci/report.md}, the same summary for a merge-request note. Written
 * in the folder Maven runs in (the reactor's root), with the modules' lint reports that GitLab and code scanning
 * read as one file each ({@code gl-code-quality-report.json}, {@code lint.sarif}, {@code lint-hadolint.json}).
 *
 * <p>Bound in the container modules (containers/pom.xml), it records the build from the first container on, and
 * writes the report once, when the build ends, passed or failed: each module's goals and their times go to its
 * {@code target/dockci/run.json}, the image it built to {@code image.json}. Run on its own after a build
 * ({@code ./mvnw -N dockci:report}, as the Jenkinsfile's {@code post} does), it writes the report at once from
 * what the last build recorded in each container module listed under this project (in CI: what every Maven
 * build of this run of the Jenkinsfile recorded, by {@code BUILD_TAG} or {@code DOCKCI_BUILD_ID}). The report never holds a
 * credential: URLs lose their user and password, and the passwords of settings.xml, of the docker CLI's logins and
 * of secret-named environment variables are hidden wherever they appear. The images' sizes in the registry are read
 * with the login dockci:push uses: settings.xml's {@code <server>} whose id is the registry, else the docker CLI's.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ReportMojo extends AbstractMojo {

    /** Skips the run report: the build is not recorded and no report is written. */
    @Parameter(property = "dockci.report.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The repository's URL shown at the top of the report. Default: git's remote {@code origin}, without
     * credentials (as for the image's source label).
     */
    @Parameter(property = "dockci.source")
    private String source;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution execution;

    @Component
    private SettingsDecrypter decrypter;

    private final BuildDetection build;

    /** The report of a build whose git repositories are opened through {@code build}, as dockci:detect's are. */
    @Inject
    public ReportMojo(BuildDetection build) {
        this.build = build;
    }

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            return;
        }
        if (execution.getLifecyclePhase() != null) { // bound in the build: record it, write at its end
            // every container module runs this goal; only the first installs the recorder, and only it needs these
            BuildRecorder.install(session, execution, project, getLog(), () -> {
                Redaction redaction = redaction();
                String repository = repository();
                return (ended, recorded) -> write(ended, recorded, redaction, repository);
            }, this::registryLogins);
            return;
        }
        try {
            List<ContainerFolder> containers = new ArrayList<>();
            listContainers(project.getBasedir().toPath(), project.getBasedir().toPath(), containers);
            String pipeline = pipeline();
            Instant start = Instant.now();
            RunReport report = RunReport.read(containers, pipeline.isEmpty() ? RunReport.lastSession(containers)
                    : RunReport.pipeline(pipeline), repository(), List.of(), start);
            Path html = RunReportFiles.write(reportDirectory(session), report, redaction());
            written(html, containers.size(), start);
            joinLintReports(containers, report, reportDirectory(session));
        } catch (IOException e) {
            throw new MojoExecutionException("dockci:report: " + e.getMessage(), e);
        }
    }

    /**
     * At the end of a recorded build: every container of the build, and what failed outside them; {@code recorded}
     * are the records the build wrote, by their folder, which need not be read back.
     */
    private void write(MavenSession ended, Map<Path, ModuleRun> recorded, Redaction redaction, String repository) {
        List<ContainerFolder> containers = new ArrayList<>();
        List<String> otherFailures = new ArrayList<>();
        Path top = Path.of(ended.getExecutionRootDirectory());
        for (MavenProject module : ended.getProjects()) {
            if (BuildRecorder.isContainer(module)) {
                containers.add(new ContainerFolder(module.getArtifactId(), relative(top, module.getBasedir().toPath()),
                        Path.of(module.getBuild().getDirectory())));
            } else if (ended.getResult().getBuildSummary(module) instanceof BuildFailure failure) {
                otherFailures.add(module.getArtifactId() + ": " + BuildRecorder.firstLine(failure.getCause()));
            }
        }
        try {
            Instant start = Instant.now();
            RunReport report = RunReport.read(containers, RunReport.session(buildStart(ended)), recorded, repository,
                    otherFailures, start);
            Path html = RunReportFiles.write(reportDirectory(ended), report, redaction);
            written(html, containers.size(), start);
            joinLintReports(containers, report, reportDirectory(ended));
        } catch (IOException e) {
            getLog().warn("dockci:report: the run report was not written: " + e.getMessage());
        }
    }

    /** The modules' GitLab, SARIF and hadolint JSON lint reports as one file each, next to the run report. */
    private void joinLintReports(List<ContainerFolder> containers, RunReport report, Path directory) {
        try {
            for (Path joined : JoinedLintReports.write(containers, report, directory)) {
                getLog().info("dockci lint report of the build: " + shown(joined));
            }
        } catch (IOException | RuntimeException e) {
            // the modules' own reports stay; the run report is written
            getLog().warn("dockci:report: the lint reports of the modules were not joined: " + e.getMessage());
        }
    }

    /**
     * The CI run this build is part of ({@link BuildId#ofRun}: Jenkins' {@code BUILD_TAG}, which every {@code sh} step
     * of one run has); empty outside CI.
     */
    static String pipeline() {
        return BuildId.ofRun(System.getenv()).orElse("");
    }

    /** When {@code session} started: the id of one build in the modules' records. */
    static Instant buildStart(MavenSession session) {
        return session.getRequest().getStartTime().toInstant();
    }

    /** {@code target/dockci} of the folder Maven runs in: the reactor's root, or the one module built with -f. */
    private static Path reportDirectory(MavenSession session) {
        return Path.of(session.getExecutionRootDirectory(), "target", MetadataFiles.DIRECTORY);
    }

    /** The container modules under {@code folder}, following the POMs' {@code <modules>} in order. */
    private static void listContainers(Path top, Path folder, List<ContainerFolder> into) throws IOException {
        Path pom = folder.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return;
        }
        Model model;
        try (Reader reader = Files.newBufferedReader(pom)) {
            model = new MavenXpp3Reader().read(reader);
        } catch (XmlPullParserException e) {
            throw new IOException(pom + ": not a readable POM: " + e.getMessage(), e);
        }
        if (Files.isRegularFile(folder.resolve("Dockerfile"))) {
            String path = relative(top, folder);
            // release:perform (scripts/release-changed.sh, -f the module's pom) builds and pushes the module again in
            // the release plugin's checkout of the tag, target/checkout: that later record is the release's
            into.add(new ContainerFolder(model.getArtifactId(), path, List.of(folder.resolve("target"),
                    folder.resolve("target/checkout").resolve(path).resolve("target"))));
        }
        for (String module : model.getModules()) {
            Path child = folder.resolve(module).normalize();
            listContainers(top, child.getFileName().toString().equals("pom.xml") ? child.getParent() : child, into);
        }
    }

    private static String relative(Path top, Path folder) {
        String path = top.relativize(folder).toString().replace(File.separatorChar, '/');
        return path.isEmpty() ? "." : path;
    }

    /** One line: where the report is, and how long reading the records and writing it took (bench/detect.sh reads it). */
    private void written(Path html, int containers, Instant start) {
        long millis = Duration.between(start, Instant.now()).toMillis();
        getLog().info("dockci run report: " + shown(html) + " (" + containers + " containers, written in "
                + millis / 1000 + "." + String.valueOf(1000 + millis % 1000).substring(1) + " s)");
    }

    private String shown(Path file) {
        Path base = Path.of(session.getExecutionRootDirectory());
        return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
    }

    private String repository() {
        if (source != null && !source.isBlank()) {
            return source;
        }
        try {
            return build.detection().repository(project.getBasedir().toPath()).originUrl().orElse("");
        } catch (GitException e) {
            return "";
        }
    }

    /**
     * The logins the registry sizes of the images built are read with: as dockci:push finds them, settings.xml's
     * {@code <server>} whose id is the registry, else the docker CLI's own.
     */
    private RegistryLogins registryLogins() {
        return SettingsServer.logins(session.getSettings(), decrypter, "dockci:report", System.getenv());
    }

    /**
     * What the report must never show: settings.xml's passwords (as written and decrypted), the docker CLI's logins,
     * secret-named variables.
     */
    private Redaction redaction() {
        List<String> secrets = new ArrayList<>(Redaction.secretValues(System.getenv()));
        secrets.addAll(DockerConfig.read(System.getenv()).passwords());
        for (Server server : session.getSettings().getServers()) {
            secrets.add(server.getPassword());
            secrets.add(server.getPassphrase());
            if (decrypter != null) {
                SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
                for (Server clear : decrypted.getServers()) {
                    secrets.add(clear.getPassword());
                    secrets.add(clear.getPassphrase());
                }
            }
        }
        return new Redaction(secrets);
    }
}
