package org.dockci.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout these tests live in: the nearest folder above the working directory with a Jenkinsfile and mvnw. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path path() {
        Path start = Path.of("").toAbsolutePath();
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("Jenkinsfile")) && Files.isRegularFile(folder.resolve("mvnw"))) {
                return folder;
            }
        }
        throw new IllegalStateException("no folder with a Jenkinsfile and mvnw above " + start);
    }

    static Path jenkinsfile() {
        return path().resolve("Jenkinsfile");
    }
}
