package org.dockci.structure;

import java.util.List;
import java.util.Optional;

/**
 * The image's configuration: environment, labels, ports, volumes, entrypoint, command, working directory, user;
 * and, a dockci extension that container-structure-test ignores, whether it declares a health check.
 *
 * @param entrypoint  when set, the exact {@code ENTRYPOINT} ({@code []}: none)
 * @param cmd         when set, the exact {@code CMD}
 * @param healthcheck when set, whether a {@code HEALTHCHECK} (other than {@code NONE}) must be declared
 */
public record MetadataTest(List<KeyValue> envVars, List<KeyValue> unboundEnvVars, List<String> exposedPorts,
        List<String> unexposedPorts, List<String> entrypoint, List<String> cmd, String workdir, List<String> volumes,
        List<String> unmountedVolumes, List<KeyValue> labels, String user, Boolean healthcheck) {

    /** Missing lists are empty; entrypoint, cmd and healthcheck stay unset (null) when missing. */
    public MetadataTest {
        envVars = envVars == null ? List.of() : envVars;
        unboundEnvVars = unboundEnvVars == null ? List.of() : unboundEnvVars;
        exposedPorts = exposedPorts == null ? List.of() : exposedPorts;
        unexposedPorts = unexposedPorts == null ? List.of() : unexposedPorts;
        workdir = workdir == null ? "" : workdir;
        volumes = volumes == null ? List.of() : volumes;
        unmountedVolumes = unmountedVolumes == null ? List.of() : unmountedVolumes;
        labels = labels == null ? List.of() : labels;
        user = user == null ? "" : user;
    }

    /** No metadata test at all. */
    static MetadataTest none() {
        return new MetadataTest(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether it checks nothing (container-structure-test then skips it). */
    boolean isEmpty() {
        return envVars.isEmpty() && unboundEnvVars.isEmpty() && exposedPorts.isEmpty() && unexposedPorts.isEmpty()
                && entrypoint == null && cmd == null && workdir.isEmpty() && user.isEmpty() && volumes.isEmpty()
                && unmountedVolumes.isEmpty() && labels.isEmpty() && healthcheck == null;
    }

    Optional<Boolean> healthcheckDeclared() {
        return Optional.ofNullable(healthcheck);
    }
}
