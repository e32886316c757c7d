package org.dockci.mojo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.dockci.deploy.PushOutcome;
import org.dockci.deploy.TagPush;
import org.dockci.engine.DockerEngine;
import org.dockci.engine.EngineException;
import org.dockci.engine.RegistryLogin;
import org.dockci.registry.Credentials;
import org.dockci.version.ImageTags;
import org.dockci.version.MetadataFiles;

/**
 * Pushes the image this build made and tested, in the deploy phase: puts its moving tags on it ({@code 1.4}, {@code 1},
 * {@code latest} for a release, the branch for a snapshot), then pushes the candidate tag first and each moving tag
 * after it, one at a time, through the docker CLI. When a push fails, the goal stops there and fails naming the tags
 * the registry has and those it has not, why, and the command that pushes the rest; running the same deploy again
 * pushes them all (those already there cost a request each). Writes {@code target/dockci/push.json} for the run
 * report. Credentials: the {@code settings.xml} {@code <server>} whose id is the registry, as fabric8 reads them,
 * handed to the CLI in a configuration of the build's own (deleted after); without such a server, the CLI's own
 * logins ({@code docker login}). An unchanged module, or a build with {@code docker.skip}, pushes nothing.
 */
@Mojo(name = "push", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class PushMojo extends AbstractMojo {

    /** The registry the images are pushed to; the {@code settings.xml} {@code <server>} with this id holds its login. */
    @Parameter(property = "dockci.registry", defaultValue = "localhost:5000")
    private String registry;

    /** Skips the push. */
    @Parameter(property = "dockci.push.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Component
    private SettingsDecrypter decrypter;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("dockci:push skipped (dockci.push.skip)");
            return;
        }
        if (BuiltImage.of(project, session).isEmpty()) {
            return; // unchanged, or docker.skip: nothing was built
        }
        Properties properties = project.getProperties();
        String module = project.getArtifactId();
        String image = BuiltImage.name(project, session);
        ImageTags tags = new ImageTags(properties.getProperty("dockci.tag"),
                Arrays.stream(properties.getProperty("dockci.tags.deploy", "").split(","))
                        .filter(tag -> !tag.isBlank()).toList());
        Optional<Credentials> credentials = SettingsServer.credentials(settings, decrypter, registry, "dockci:push");
        Path directory = Path.of(project.getBuild().getDirectory(), MetadataFiles.DIRECTORY);
        PushOutcome outcome;
        try {
            outcome = push(BuiltImage.engine(project), image, tags, credentials);
        } catch (EngineException e) {
            record(new PushOutcome(image, List.of(), tags.all(), e.getMessage()), directory);
            throw new MojoExecutionException("dockci:push: " + module + ": nothing pushed: " + e.getMessage(), e);
        }
        record(outcome, directory);
        if (outcome.complete()) {
            getLog().info(module + ": " + outcome.describe());
            return;
        }
        String login = credentials.isPresent() ? " (this build logged in with settings.xml's <server> " + registry
                + "; by hand, docker login " + registry + " first)" : "";
        getLog().error(module + ": " + outcome.describe() + login);
        throw new MojoExecutionException("dockci:push: " + module + ": " + outcome.describe() + login);
    }

    /** {@code push.json}, for the run report; a record that cannot be written is a warning, not a failed push. */
    private void record(PushOutcome outcome, Path directory) {
        try {
            outcome.write(directory);
        } catch (IOException e) {
            getLog().warn("dockci:push: " + project.getArtifactId() + ": " + directory.resolve(PushOutcome.NAME)
                    + " not written: " + e.getMessage());
        }
    }

    private PushOutcome push(DockerEngine engine, String image, ImageTags tags, Optional<Credentials> credentials) {
        if (credentials.isEmpty()) {
            return new TagPush(engine).push(image, tags);
        }
        try (RegistryLogin login = RegistryLogin.write(registry, credentials.get(), System.getenv())) {
            return new TagPush(engine.loggedIn(login)).push(image, tags);
        }
    }
}
