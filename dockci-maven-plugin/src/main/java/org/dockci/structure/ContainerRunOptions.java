package org.dockci.structure;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How the command tests' containers run: another user, privileged, a TTY, variables taken from the build's
 * environment ({@code envVars}: names) or from a file ({@code envFile}, relative to the build's folder),
 * added capabilities, bind mounts.
 */
public record ContainerRunOptions(String user, Boolean privileged, @JsonProperty("allocateTty") Boolean allocateTty,
        List<String> envVars, String envFile, List<String> capabilities, List<String> bindMounts) {

    /** Unset: the image's user, nothing added. */
    public ContainerRunOptions {
        user = user == null ? "" : user;
        privileged = Boolean.TRUE.equals(privileged);
        allocateTty = Boolean.TRUE.equals(allocateTty);
        envVars = envVars == null ? List.of() : envVars;
        envFile = envFile == null ? "" : envFile;
        capabilities = capabilities == null ? List.of() : capabilities;
        bindMounts = bindMounts == null ? List.of() : bindMounts;
    }

    static ContainerRunOptions none() {
        return new ContainerRunOptions(null, null, null, null, null, null, null);
    }
}
