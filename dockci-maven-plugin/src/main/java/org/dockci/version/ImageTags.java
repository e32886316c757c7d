package org.dockci.version;

import java.util.ArrayList;
import java.util.List;

/**
 * The tags of one image: the immutable {@code candidate} it carries from the build on, and the moving
 * {@code deploy} tags added only in the deploy phase, after its tests passed.
 */
public record ImageTags(String candidate, List<String> deploy) {

    /** Keeps an unmodifiable copy of the deploy tags. */
    public ImageTags {
        deploy = List.copyOf(deploy);
    }

    /** The candidate first, then the deploy tags. */
    public List<String> all() {
        List<String> all = new ArrayList<>();
        all.add(candidate);
        all.addAll(deploy);
        return List.copyOf(all);
    }
}
