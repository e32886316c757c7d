package org.dockci.deploy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.dockci.engine.DockerEngine;
import org.dockci.engine.EngineException;
import org.dockci.engine.PushResult;
import org.dockci.version.ImageTags;

/**
 * Pushes one tested image: puts its moving tags on it (on the engine), then pushes the candidate tag, then each moving
 * tag in order ({@code 1.4.0}, then {@code 1.4}, {@code 1}, {@code latest}), and stops at the first that fails: a
 * moving tag never reaches the registry before the candidate it points to, and a failure leaves the registry with a
 * known prefix of the tags. Pushing again pushes every tag again: the registry already has the layers and the
 * manifest, so the tags it has cost a request each and the missing ones are added.
 */
public final class TagPush {

    private final DockerEngine engine;

    public TagPush(DockerEngine engine) {
        this.engine = engine;
    }

    /**
     * Pushes {@code image} (the name without tag, {@code localhost:5000/dockci/x3-webdav}) with {@code tags}; the
     * engine has it under the candidate tag. An engine that cannot tag is an {@link EngineException}, before anything
     * is pushed; anything that fails during the pushes is in the outcome.
     */
    public PushOutcome push(String image, ImageTags tags) {
        String candidate = image + ":" + tags.candidate();
        for (String moving : tags.deploy()) {
            if (!moving.equals(tags.candidate())) {
                engine.tag(candidate, image + ":" + moving);
            }
        }
        List<String> order = List.copyOf(new LinkedHashSet<>(tags.all()));
        List<String> pushed = new ArrayList<>();
        for (String tag : order) {
            String failure;
            try {
                PushResult result = engine.push(image + ":" + tag);
                if (result instanceof PushResult.Pushed) {
                    pushed.add(tag);
                    continue;
                }
                failure = ((PushResult.Failed) result).message();
            } catch (EngineException e) {
                failure = e.getMessage();
            }
            return new PushOutcome(image, pushed, order.subList(pushed.size(), order.size()), failure);
        }
        return new PushOutcome(image, pushed, List.of(), "");
    }
}
