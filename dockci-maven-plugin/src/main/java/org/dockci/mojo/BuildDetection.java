package org.dockci.mojo;

import javax.inject.Named;
import org.apache.maven.SessionScoped;
import org.dockci.changes.Detection;

/**
 * The build's one {@link Detection}: Maven makes it once per build (session) and hands the same instance to every
 * goal that asks, from every module and thread of a parallel build; the next build, in the same JVM too (mvnd),
 * gets a new one. It replaces state kept in statics under a key the goals made up.
 */
@Named
@SessionScoped
public class BuildDetection {

    private final Detection detection = new Detection();

    /** The build's detection. */
    public Detection detection() {
        return detection;
    }
}
