package org.dockci.mojo;

import java.util.Optional;
import java.util.Properties;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.dockci.engine.DockerEngine;

/**
 * The image docker:build made for a container module in this build, as the goals that run after it see it
 * (dockci:sbom, dockci:structure): its reference, and the engine labelling what they start with the build's identity.
 */
final class BuiltImage {

    private BuiltImage() {
    }

    /**
     * {@code <image>:<candidate tag>}, as dockci:detect set it; empty when the module is unchanged (nothing was built)
     * or Docker is skipped ({@code docker.skip}).
     */
    static Optional<String> of(MavenProject project, MavenSession session) {
        Properties properties = project.getProperties();
        if (!"true".equals(properties.getProperty("dockci.changed")) || "true".equals(properties.getProperty("docker.skip"))
                || "true".equals(System.getProperty("docker.skip"))) {
            return Optional.empty();
        }
        return Optional.of(name(project, session) + ":" + properties.getProperty("dockci.tag"));
    }

    /**
     * The image's name without tag, as fabric8 named the image it built: {@code -Ddockci.image=…} wins over the POM's
     * {@code dockci.image} (Maven interpolates the POM with the command line's properties first), which the project's
     * own properties do not show.
     */
    static String name(MavenProject project, MavenSession session) {
        String given = session.getUserProperties().getProperty("dockci.image");
        return given != null && !given.isBlank() ? given : project.getProperties().getProperty("dockci.image", "");
    }

    /** The engine of the user's docker CLI, labelling the containers it starts with this build's identity. */
    static DockerEngine engine(MavenProject project) {
        return DockerEngine.fromEnvironment().forBuild(project.getProperties().getProperty("dockci.build.id", ""));
    }
}
