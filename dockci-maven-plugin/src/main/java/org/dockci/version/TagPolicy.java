package org.dockci.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which tags an image gets. The image under test carries only a tag that never moves, so that a build on
 * the one Docker host cannot repoint a tag that running containers use before the tests pass.
 *
 * <table>
 *   <caption>Tags by version</caption>
 *   <tr><th>version</th><th>candidate</th><th>deploy</th></tr>
 *   <tr><td>1.4.1-SNAPSHOT</td><td>1.4.1-dev.3f2c1ab</td><td>the branch, sanitised ({@code feature-foo})</td></tr>
 *   <tr><td>1.4.0</td><td>1.4.0</td><td>1.4, 1, latest</td></tr>
 *   <tr><td>1.4.0-rc1</td><td>1.4.0-rc1</td><td>none: a pre-release moves no tag</td></tr>
 * </table>
 */
public final class TagPolicy {

    private static final String LATEST = "latest";

    private TagPolicy() {
    }

    /** The tags for {@code version} built from commit {@code commitShort} on {@code branch}, from a clean work tree. */
    public static ImageTags tagsFor(String version, String commitShort, Optional<String> branch) {
        return tagsFor(version, commitShort, branch, Optional.empty());
    }

    /**
     * The tags for {@code version} built from commit {@code commitShort} on {@code branch}; {@code dirty} is the
     * digest of the uncommitted files it was built with, if any. An image built from a dirty work tree is not
     * HEAD's: its candidate tag says so ({@code 1.4.1-dev.3f2c1ab.dirty-1a2b3c4d}, {@code 1.4.0-dirty.1a2b3c4d})
     * and it gets no moving tag.
     */
    public static ImageTags tagsFor(String version, String commitShort, Optional<String> branch, Optional<String> dirty) {
        Version parsed = new Version(version);
        String clean = parsed.isSnapshot() ? parsed.withoutSnapshot() + "-dev." + commitShort : version;
        String candidate = dirty.map(digest -> clean + (parsed.isSnapshot() ? ".dirty-" : "-dirty.") + digest).orElse(clean);
        if (!DockerTag.isValid(candidate)) {
            throw new IllegalArgumentException("version " + version + " cannot be a Docker tag ('" + candidate
                    + "'): use letters, digits, '.', '_' and '-', at most 128 characters");
        }
        if (dirty.isPresent()) {
            return new ImageTags(candidate, List.of());
        }
        if (parsed.isSnapshot()) {
            return new ImageTags(candidate, branch.flatMap(DockerTag::fromBranch).stream().toList());
        }
        return new ImageTags(candidate, parsed.isPlainRelease() ? releaseTags(version) : List.of());
    }

    /** Every shorter release number, then {@code latest}: 1.4.0 → 1.4, 1, latest. */
    private static List<String> releaseTags(String version) {
        List<String> tags = new ArrayList<>();
        for (int dot = version.lastIndexOf('.'); dot > 0; dot = version.lastIndexOf('.', dot - 1)) {
            tags.add(version.substring(0, dot));
        }
        tags.add(LATEST);
        return tags;
    }
}
