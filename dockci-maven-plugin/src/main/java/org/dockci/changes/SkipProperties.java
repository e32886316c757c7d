package org.dockci.changes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The project properties a verdict sets for the rest of the module's build: an unchanged module skips fabric8's
 * goals ({@code docker.skip}) and its ITs, compiled and run ({@code maven.test.skip}); a module rebuilt by the
 * security refresh is built without the build cache ({@code docker.noCache}), so that apt-get really fetches the
 * updates.
 */
public final class SkipProperties {

    private SkipProperties() {
    }

    /** The properties for {@code change} in mode {@code mode}; none for a module built as usual. */
    public static Map<String, String> of(ModuleChange change, ChangeMode mode) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (!change.changed()) {
            properties.put("docker.skip", "true");
            properties.put("maven.test.skip", "true");
        } else if (mode == ChangeMode.REFRESH) {
            properties.put("docker.noCache", "true");
        }
        return properties;
    }
}
