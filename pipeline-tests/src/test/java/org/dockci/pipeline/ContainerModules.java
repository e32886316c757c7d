package org.dockci.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The container modules of a work tree, as the end-to-end tests see and rewrite them: which there are, the list of
 * them in {@code containers/pom.xml}, and the pom of a few lines a container module of a test has.
 */
final class ContainerModules {

    private static final String GROUP = "org.dockci.containers";

    private ContainerModules() {
    }

    /** The container modules of {@code workTree}, by name, sorted: the folders of containers/ with a Dockerfile. */
    static List<String> names(Path workTree) throws IOException {
        try (Stream<Path> folders = Files.list(workTree.resolve("containers"))) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("Dockerfile")))
                    .map(folder -> folder.getFileName().toString()).sorted().toList();
        }
    }

    /** Removes every container module of the clone {@code seed} ({@code git rm}) and lists {@code modules} instead. */
    static void replaceAll(Path seed, List<String> modules) throws IOException {
        GitCommand git = new GitCommand(seed);
        for (String name : names(seed)) {
            git.run("rm", "-r", "--quiet", "containers/" + name);
        }
        list(seed, modules);
    }

    /** Makes {@code modules}, in this order, the {@code <modules>} of {@code workTree}'s containers/pom.xml. */
    static void list(Path workTree, List<String> modules) throws IOException {
        Path pom = workTree.resolve("containers/pom.xml");
        String text = Files.readString(pom);
        int start = text.indexOf("<modules>");
        int end = text.indexOf("</modules>");
        if (start < 0 || end < start) {
            throw new IllegalStateException(pom + " has no <modules> list to replace");
        }
        String listed = modules.stream().map(module -> "    <module>" + module + "</module>\n")
                .collect(Collectors.joining());
        Files.writeString(pom, text.substring(0, start) + "<modules>\n" + listed + "  " + text.substring(end));
    }

    /**
     * The pom of the container module {@code name}: a child of containers at 1.0.0-SNAPSHOT, packaging pom, with
     * {@code properties} (lines indented by four) and {@code dependencies} ({@link #dependencyOn}, or empty).
     */
    static String pom(String name, String properties, String dependencies) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>%s</groupId>
                    <artifactId>containers</artifactId>
                    <version>1.0.0</version>
                  </parent>
                  <artifactId>%s</artifactId>
                  <version>1.0.0-SNAPSHOT</version>
                  <packaging>pom</packaging>
                  <properties>
                %s  </properties>
                %s</project>
                """.formatted(GROUP, name, properties, dependencies);
    }

    /** The dependencies of a container built FROM the container module {@code base} (README's "Add a container"). */
    static String dependencyOn(String base) {
        return """
                  <dependencies>
                    <dependency>
                      <groupId>%s</groupId>
                      <artifactId>%s</artifactId>
                      <version>1.0.0-SNAPSHOT</version>
                      <type>pom</type>
                    </dependency>
                  </dependencies>
                """.formatted(GROUP, base);
    }
}
