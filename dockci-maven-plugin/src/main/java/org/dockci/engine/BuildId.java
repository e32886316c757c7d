package org.dockci.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The identity of one build, carried as the label {@value #LABEL} on every container, volume and network it
 * starts, so that its clean-up removes what it started and nothing of another build running on the same engine:
 * {@code DOCKCI_BUILD_ID} when set, else Jenkins' {@code BUILD_TAG} (one per job and build number), else
 * {@code local-} and a digest of the work tree's real path (the same for every build of one clone, another for
 * another clone). scripts/remove-build-containers.sh works it out the same way.
 */
public final class BuildId {

    /** The label that carries the build's identity. */
    public static final String LABEL = "org.dockci.build";

    private BuildId() {
    }

    /** The identity of a build of the work tree {@code workTree} in {@code environment}. */
    public static String of(Map<String, String> environment, Path workTree) {
        for (String variable : new String[] {"DOCKCI_BUILD_ID", "BUILD_TAG"}) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        try {
            Path real = workTree.toRealPath();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
            return "local-" + HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (IOException e) {
            throw new EngineException("cannot resolve the work tree " + workTree + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
