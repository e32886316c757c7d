package org.dockci.changes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dockci.changes.git.TestRepository;

/**
 * A throw-away repository laid out as dockci's: a root {@code pom.xml}, {@code containers/pom.xml}, and one
 * folder per container module with a Dockerfile and a pom. Releases are made as maven-release-plugin makes
 * them: a "prepare release" commit, a tag, a "prepare for next development iteration" commit.
 */
final class ContainerRepository implements AutoCloseable {

    final TestRepository git;
    private final Map<String, ContainerModule> modules = new LinkedHashMap<>();

    private ContainerRepository(TestRepository git) {
        this.git = git;
    }

    /** The root pom and {@code containers/pom.xml}, not yet committed. */
    static ContainerRepository init(Path root) throws Exception {
        ContainerRepository repository = new ContainerRepository(TestRepository.init(root));
        repository.git.write("pom.xml", "<project><artifactId>dockci-parent</artifactId></project>\n")
                .write("containers/pom.xml", "<project><artifactId>containers</artifactId></project>\n");
        return repository;
    }

    /** Modules {@code names}, committed, each released as 1.0.0 and now at 1.0.1-SNAPSHOT. */
    static ContainerRepository released(Path root, String... names) throws Exception {
        ContainerRepository repository = init(root);
        for (String name : names) {
            repository.module(name, "1.0.0-SNAPSHOT");
        }
        repository.git.commit("containers " + String.join(", ", names));
        for (String name : names) {
            repository.release(name, "1.0.0", "1.0.1-SNAPSHOT");
        }
        return repository;
    }

    /** Adds module {@code name} at {@code version}, built from the images of {@code bases} (not yet committed). */
    ContainerRepository module(String name, String version, String... bases) throws Exception {
        String from = bases.length == 0 ? "debian:bookworm-slim" : "localhost:5000/dockci/" + bases[0];
        git.write(folder(name) + "/Dockerfile", "FROM " + from + "\n").write(folder(name) + "/pom.xml",
                pom(name, version, "1.0.0", ""));
        modules.put(name, new ContainerModule(name, root().resolve(folder(name)), Set.of(bases)));
        return this;
    }

    /** Releases {@code version} of the module and moves it to {@code next}, in two commits, as the release plugin. */
    void release(String name, String version, String next) throws Exception {
        git.write(folder(name) + "/pom.xml", pom(name, version, "1.0.0", ""))
                .commit("[maven-release-plugin] prepare release " + name + "-" + version);
        git.tag(name + "-" + version);
        git.write(folder(name) + "/pom.xml", pom(name, next, "1.0.0", ""))
                .commit("[maven-release-plugin] prepare for next development iteration");
    }

    /** A module pom as the README shows it, with a parent version and extra elements to vary. */
    static String pom(String name, String version, String parentVersion, String more) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>org.dockci.containers</groupId>
                    <artifactId>containers</artifactId>
                    <version>%s</version>
                  </parent>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                  <packaging>pom</packaging>%s
                </project>
                """.formatted(parentVersion, name, version, more);
    }

    static String folder(String name) {
        return "containers/" + name;
    }

    Path root() {
        return git.root();
    }

    ContainerModule moduleNamed(String name) {
        return modules.get(name);
    }

    List<ContainerModule> modules() {
        return new ArrayList<>(modules.values());
    }

    /** The default settings. */
    static DetectSettings settings() {
        return DetectSettings.defaults();
    }

    /** Detects the module named {@code name} in a new build with {@code settings}. */
    ModuleChange detect(String name, DetectSettings settings) {
        try (Detection build = new Detection()) {
            return build.detector(settings).detect(modules.get(name), modules.values());
        }
    }

    /** Detects the module named {@code name} in a new build with the default settings. */
    ModuleChange detect(String name) {
        return detect(name, settings());
    }

    /** Detects every module in one new build, in the order they were added. */
    Map<String, ModuleChange> detectAll(DetectSettings settings) {
        Map<String, ModuleChange> changes = new LinkedHashMap<>();
        try (Detection build = new Detection()) {
            build.detector(settings).detectAll(modules()).forEach(change -> changes.put(change.module(), change));
        }
        return changes;
    }

    @Override
    public void close() {
        git.close();
    }
}
