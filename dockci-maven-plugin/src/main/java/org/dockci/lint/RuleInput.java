package org.dockci.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.dockci.dockerfile.BuildStage;
import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.FromImage;
import org.dockci.shell.ShellScript;

/**
 * What a {@link Rule} checks: one valid Dockerfile, and what several rules read from it, worked out once for
 * all of them. Most rules read only the {@link #dockerfile()}; the shell rules also read the script of each
 * RUN, and parsing it is most of their work, so each script is parsed once per file
 * ({@link #shellScript(String)}) rather than once per rule. What rules of one kind work out alike (the RUNs and
 * their scripts, the stages and how they link, the names of the commands the RUNs run) is worked out once too,
 * by {@link #shared(Function)}.
 *
 * <p>The {@link Linter} makes one for each file it lints and hands it to every rule in turn. It is meant for
 * one lint, on one thread: what it keeps is not guarded for threads.
 */
public final class RuleInput {

    private final Dockerfile dockerfile;
    private final Map<String, ShellScript> scripts = new HashMap<>();
    private final Map<Function<RuleInput, ?>, Object> shared = new HashMap<>();
    private List<BuildStage> stages;
    private List<FromImage> baseImages;

    /** The input of the rules linting {@code dockerfile}. */
    public RuleInput(Dockerfile dockerfile) {
        this.dockerfile = Objects.requireNonNull(dockerfile, "dockerfile");
    }

    /** The Dockerfile to check. */
    public Dockerfile dockerfile() {
        return dockerfile;
    }

    /**
     * The build stages, as {@link Dockerfile#stages()} reads them: read once for every rule, the very stages
     * {@link #baseImages()} names (so that comparing them is cheap).
     */
    public List<BuildStage> stages() {
        if (stages == null) {
            List<BuildStage> ofImages = new ArrayList<>();
            for (FromImage image : baseImages()) {
                ofImages.add(image.stage());
            }
            stages = List.copyOf(ofImages);
        }
        return stages;
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

    /**
     * What {@code derivation} works out from this input: computed the first time a rule asks, the same value for
     * every rule that asks with the same {@code derivation} (compared by identity: a constant of the rules that
     * share it) after. The value is shared, so it must not be changed; {@code derivation} may itself ask for others.
     */
    public <T> T shared(Function<RuleInput, T> derivation) {
        @SuppressWarnings("unchecked")
        T value = (T) shared.get(derivation);
        if (value == null) {
            // not computeIfAbsent: a derivation may ask for another one, which changes the map meanwhile
            value = Objects.requireNonNull(derivation.apply(this), "derivation's value");
            shared.put(derivation, value);
        }
        return value;
    }
}
