package org.dockci.lint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.FromImage;
import org.dockci.shell.ShellScript;

/**
 * What a {@link Rule} checks: one valid Dockerfile, and what several rules read from it, worked out once for
 * all of them. Most rules read only the {@link #dockerfile()}; the shell rules also read the script of each
 * RUN, and parsing it is most of their work, so each script is parsed once per file
 * ({@link #shellScript(String)}) rather than once per rule.
 *
 * <p>The {@link Linter} makes one for each file it lints and hands it to every rule in turn. It is meant for
 * one lint, on one thread: what it keeps is not guarded for threads.
 */
public final class RuleInput {

    private final Dockerfile dockerfile;
    private final Map<String, ShellScript> scripts = new HashMap<>();
    private List<FromImage> baseImages;

    /** The input of the rules linting {@code dockerfile}. */
    public RuleInput(Dockerfile dockerfile) {
        this.dockerfile = Objects.requireNonNull(dockerfile, "dockerfile");
    }

    /** The Dockerfile to check. */
    public Dockerfile dockerfile() {
        return dockerfile;
    }

    /** What each stage's FROM names, as {@link Dockerfile#baseImages()} reads it: read once for every rule. */
    public List<FromImage> baseImages() {
        if (baseImages == null) {
            baseImages = dockerfile.baseImages();
        }
        return baseImages;
    }

    /**
     * {@code text} read as a shell script, as {@link ShellScript#parse} reads it: parsed the first time a rule
     * asks, the same (immutable) script for every rule after.
     */
    public ShellScript shellScript(String text) {
        ShellScript script = scripts.get(text);
        if (script == null) {
            script = ShellScript.parse(text);
            scripts.put(text, script);
        }
        return script;
    }
}
