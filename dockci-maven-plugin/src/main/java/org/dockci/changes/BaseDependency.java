package org.dockci.changes;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A module a container builds {@code FROM}, as the container's POM must declare it: Maven orders the reactor by
 * dependencies only, so a container that builds FROM another module's image without depending on it may be built
 * first, against the base's previous image. The dependency names the base's version in the build: Maven links a
 * dependency to a module of the reactor only when the versions match.
 *
 * @param groupId    the base module's groupId
 * @param artifactId the base module's artifactId, its name
 * @param version    the base module's version
 */
public record BaseDependency(String groupId, String artifactId, String version) {

    /**
     * The {@code bases} that {@code declared} (the artifactIds a POM depends on, each with the version it names)
     * does not link to: not declared, or declared with another version than the base's in the build.
     */
    public static List<BaseDependency> missing(List<BaseDependency> bases, Map<String, String> declared) {
        return bases.stream().filter(base -> !base.version().equals(declared.get(base.artifactId()))).toList();
    }

    /**
     * What to tell the user of {@code module}, whose POM {@code pom} depends on {@code declared} (artifactId →
     * version), about the {@code missing} bases: which images it builds FROM, what goes wrong, and the dependencies
     * to paste.
     */
    public static String problem(String module, String pom, List<BaseDependency> missing, Map<String, String> declared) {
        String names = missing.stream().map(base -> base.artifactId() + (declared.containsKey(base.artifactId())
                ? " (the dependency names " + declared.get(base.artifactId()) + ", the build's " + base.artifactId()
                        + " is " + base.version() + ")" : "")).collect(Collectors.joining(", "));
        String entries = missing.stream().map(BaseDependency::entry).collect(Collectors.joining());
        return module + " builds FROM the image of " + names + " but does not depend on "
                + (missing.size() == 1 ? "it" : "them") + ": Maven may build " + module + " first, against the "
                + "previous image. Add to " + pom + " (or correct the version):\n"
                + "  <dependencies>\n" + entries + "  </dependencies>";
    }

    /** This dependency as the POM declares it ({@code type pom}: a container module has no jar). */
    private String entry() {
        return "    <dependency>\n"
                + "      <groupId>" + groupId + "</groupId>\n"
                + "      <artifactId>" + artifactId + "</artifactId>\n"
                + "      <version>" + version + "</version>\n"
                + "      <type>pom</type>\n"
                + "    </dependency>\n";
    }
}
