package org.dockci.mojo;

import javax.inject.Named;
import org.apache.maven.SessionScoped;
import org.dockci.changes.Detection;

/**
 * What dockci:detect knows once per build: its {@link Detection}, and whether the engine answered. Maven makes it
 * once per build (session) and hands the same instance to every goal that asks, from every module and thread of a
 * parallel build; the next build, in the same JVM too (mvnd), gets a new one. It replaces state kept in statics
 * under a key the goals made up.
 */
@Named
@SessionScoped
public class BuildDetection {

    private final Detection detection = new Detection();
    private boolean engineAnswered;

    /** The build's detection. */
    public Detection detection() {
        return detection;
    }

    /**
     * Runs {@code check} of the engine until it has passed once in this build: the first container that needs the
     * engine asks, the others take its answer; a failure is not kept, so the next container asks again.
     */
    public synchronized void engineAnswered(Runnable check) {
        if (!engineAnswered) {
            check.run();
            engineAnswered = true;
        }
    }
}
