package org.dockci.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An image's run configuration, as {@code docker image inspect} shows its {@code Config}.
 *
 * @param environment  its {@code ENV}, in order
 * @param entrypoint   its {@code ENTRYPOINT}, empty when none
 * @param cmd          its {@code CMD}, empty when none
 * @param volumes      its {@code VOLUME}s
 * @param workdir      its {@code WORKDIR}, empty when none
 * @param exposedPorts its {@code EXPOSE}d ports as {@code PORT/PROTOCOL}
 * @param labels       its labels
 * @param user         its {@code USER}, empty when none (root)
 * @param healthcheck  its {@code HEALTHCHECK} test ({@code ["CMD", …]}, {@code ["CMD-SHELL", …]}, or
 *                     {@code ["NONE"]}); empty when it declares none
 */
public record ImageConfig(Map<String, String> environment, List<String> entrypoint, List<String> cmd,
        List<String> volumes, String workdir, List<String> exposedPorts, Map<String, String> labels, String user,
        Optional<List<String>> healthcheck) {

    /** Keeps unmodifiable copies. */
    public ImageConfig {
        environment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(environment));
        entrypoint = List.copyOf(entrypoint);
        cmd = List.copyOf(cmd);
        volumes = List.copyOf(volumes);
        exposedPorts = List.copyOf(exposedPorts);
        labels = Map.copyOf(labels);
        healthcheck = healthcheck.map(List::copyOf);
    }
}
