package org.dockci.report;

import java.nio.file.Path;

/**
 * A container module the report has a row for.
 *
 * @param module         its name (artifactId)
 * @param path           its folder relative to the repository's top, {@code containers/x3-webdav}
 * @param buildDirectory its {@code target} folder
 */
public record ContainerFolder(String module, String path, Path buildDirectory) {
}
