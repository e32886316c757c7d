package org.dockci.changes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.dockci.version.ImageMetadata;
import org.dockci.version.MetadataFiles;

/**
 * The build's {@code target/dockci/build.json}, of the build's top project: what scripts and Jenkins read of a
 * build, in one machine-readable file. For each container module, in reactor order: its folder, its image, its
 * candidate and deploy tags, whether it is built and why. Written by dockci:detect once every container's verdict is
 * known; README ("build.json") documents each field.
 *
 * @param format     the version of this layout: a field removed or changed in meaning makes it 2
 * @param buildId    the build's identity, the label {@code org.dockci.build} of what it starts
 * @param changes    the change mode: auto, all, none or refresh
 * @param containers one entry per container module, in reactor order
 */
public record BuildIndex(int format, String buildId, String changes, List<Container> containers) {

    public static final String NAME = "build.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Keeps an unmodifiable copy. */
    public BuildIndex {
        containers = List.copyOf(containers);
    }

    /** The index of a build in mode {@code mode} whose containers are {@code containers}. */
    public static BuildIndex of(String buildId, ChangeMode mode, List<Container> containers) {
        return new BuildIndex(1, buildId, mode.toString(), containers);
    }

    /**
     * One container module.
     *
     * @param name      its artifactId
     * @param path      its folder relative to the repository's top, {@code containers/x3-webdav}
     * @param version   the project version built
     * @param image     the image name without tag, {@code localhost:5000/dockci/x3-webdav}
     * @param candidate the tag the build gives its image, {@code 1.0.1-dev.3f2c1ab}
     * @param deploy    the moving tags deploy adds once its tests passed, {@code 1.0.1-SNAPSHOT}, {@code main}
     * @param changed   whether the build builds it
     * @param verdict   why, in one word: unchanged, paths, shared-input, base, cannot-compare, refresh, mode
     * @param reason    why, in the words of the build's log
     * @param baseline  the release tag (or revision) it was compared with; empty when there was none
     * @param dirty     whether it is built with uncommitted files
     * @param bases     the modules of the build its Dockerfile builds FROM, by name, sorted (scripts/fan-out.sh keeps a
     *                  container with the changed ones it is built FROM)
     */
    public record Container(String name, String path, String version, String image, String candidate,
            List<String> deploy, boolean changed, String verdict, String reason, String baseline, boolean dirty,
            List<String> bases) {

        /** Keeps unmodifiable copies; no bases when not given (a file written before them). */
        public Container {
            deploy = List.copyOf(deploy);
            bases = bases == null ? List.of() : List.copyOf(bases);
        }

        /** The entry of the module {@code change} says, whose image is {@code metadata}'s. */
        public static Container of(ModuleChange change, ImageMetadata metadata) {
            return new Container(change.module(), change.path(), metadata.version(), metadata.image(),
                    metadata.tags().candidate(), metadata.tags().deploy(), change.changed(), change.verdict().kind(),
                    change.reason(), metadata.baseline(), metadata.dirty(), metadata.bases());
        }
    }

    /** Writes the index under {@code buildDirectory/dockci} and returns the file. */
    public Path write(Path buildDirectory) throws IOException {
        Path directory = Files.createDirectories(buildDirectory.resolve(MetadataFiles.DIRECTORY));
        Path file = directory.resolve(NAME);
        Path written = Files.createTempFile(directory, NAME, ".tmp");
        MAPPER.writeValue(written.toFile(), this);
        // a script reading it meanwhile sees the whole of one build's file, never half of it
        return Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads the index under {@code buildDirectory/dockci}. */
    public static BuildIndex read(Path buildDirectory) throws IOException {
        return MAPPER.readValue(buildDirectory.resolve(MetadataFiles.DIRECTORY).resolve(NAME).toFile(),
                BuildIndex.class);
    }
}
