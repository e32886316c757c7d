package org.dockci.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * README's configuration tables are the user's reference of every {@code dockci.*} property; the goals' parameters
 * (their javadoc, which {@code mvn help:describe} shows) are the code's. They are written twice, so this test keeps
 * them from drifting apart: every parameter a user can set has a row with the parameter's own default, and every
 * row names a parameter or a property the POMs read.
 */
class ReadmeConfigurationTest {

    /** {@code <name implementation="…" default-value="…">${dockci.x}</name>} in the generated plugin descriptor. */
    private static final Pattern PARAMETER = Pattern.compile(
            "<(\\w+) implementation=\"[^\"]+\"(?: default-value=\"([^\"]*)\")?>\\$\\{(dockci\\.[^}]+)}</\\1>");
    /** A table row: {@code | `dockci.x` | default | what it does |}, possibly {@code `dockci.x`, `.y`} in one cell. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*(`dockci\\.[^|]+)\\|([^|]*)\\|");
    private static final Pattern NAME = Pattern.compile("`(\\.?[\\w.]+)`");

    private static final Path ROOT = Path.of(System.getProperty("basedir", "."), "..");

    /** Each README row: the property it names, and its default cell. */
    private static final Map<String, String> ROWS = new LinkedHashMap<>();
    /** Each parameter a goal reads from a {@code dockci.*} property, and the defaults it has in the goals. */
    private static final Map<String, List<String>> PARAMETERS = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("\n## Configuration");
        String configuration = readme.substring(start, readme.indexOf("\n## ", start + 1));
        for (String line : configuration.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (!row.find()) {
                continue;
            }
            String first = null;
            Matcher name = NAME.matcher(row.group(1));
            while (name.find()) {
                // `dockci.lint.error`, `.warning`: the later names share the first one's prefix
                String property = name.group(1).startsWith(".") && first != null
                        ? first.substring(0, first.lastIndexOf('.')) + name.group(1) : name.group(1);
                first = first == null ? property : first;
                ROWS.put(property, row.group(2).strip());
            }
        }
        // maven-plugin-plugin writes the descriptor at process-classes, before the tests run
        String descriptor = Files.readString(Path.of(System.getProperty("basedir", "."),
                "target/classes/META-INF/maven/plugin.xml"));
        Matcher parameter = PARAMETER.matcher(descriptor);
        while (parameter.find()) {
            List<String> defaults = PARAMETERS.computeIfAbsent(parameter.group(3), property -> new ArrayList<>());
            if (parameter.group(2) != null && !defaults.contains(parameter.group(2))) {
                defaults.add(parameter.group(2));
            }
        }
        assertTrue(PARAMETERS.size() > 30, "read too few parameters from the plugin descriptor: " + PARAMETERS.keySet());
    }

    @Test
    void everyParameterHasARowWithItsDefault() {
        List<String> wrong = new ArrayList<>();
        PARAMETERS.forEach((property, defaults) -> {
            String cell = ROWS.get(property);
            if (cell == null) {
                wrong.add(property + ": no row in README.md's Configuration section");
                return;
            }
            for (String value : defaults) {
                // ${project.build.directory}/dockci is shown as the user sees it: target/dockci
                String shown = value.replace("${project.build.directory}", "target").replace("${project.basedir}/", "");
                if (!cell.contains("`" + shown + "`") && !cell.contains(shown)) {
                    wrong.add(property + ": the goals' default is " + value + ", README says " + cell);
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyRowIsAParameterOrAPropertyThePomsRead() throws IOException {
        String poms = Files.readString(ROOT.resolve("pom.xml")) + Files.readString(ROOT.resolve("containers/pom.xml"));
        List<String> unknown = new ArrayList<>();
        for (String property : ROWS.keySet()) {
            if (!PARAMETERS.containsKey(property) && !poms.contains("${" + property + "}")) {
                unknown.add(property);
            }
        }
        assertEquals(List.of(), unknown, "README rows that no goal parameter and no POM reads");
    }
}
