package org.dockci.testkit;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The container that docker:start started for this module's ITs, as the build hands it over in
 * system properties (see containers/pom.xml): the image under test, the container id, the address its ports
 * are published on ({@code 127.0.0.1} for a local engine, the engine's host for a remote one) and the host ports
 * that the module's {@code docker.ports.N} mappings bound there.
 */
public final class ServiceUnderTest {

    private ServiceUnderTest() {
    }

    /** The image the build made, {@code registry/namespace/name:tag}. */
    public static String image() {
        return required("dockci.it.image");
    }

    /** The id of the container docker:start started. */
    public static String containerId() {
        return required("dockci.it.container");
    }

    /**
     * The address the build publishes the containers' ports on, and the ITs call ({@code dockci.docker.publishAddress},
     * set by dockci:detect): {@code 127.0.0.1} for a local engine, the engine's host for a remote one.
     */
    public static String address() {
        return required("dockci.docker.publishAddress");
    }

    /** The {@link #address()} as a URI or {@code docker run --publish} writes it: an IPv6 address in brackets. */
    public static String host() {
        String address = address();
        return address.contains(":") ? "[" + address + "]" : address;
    }

    /** The host port the mapping {@code +dockci.docker.publishAddress:<property>:<containerPort>} was given. */
    public static int hostPort(String property) {
        return Integer.parseInt(required(property));
    }

    /** An http URI on the {@link #address()} for the port in {@code portProperty} and a path starting with '/'. */
    public static URI uri(String portProperty, String path) {
        return URI.create("http://" + host() + ":" + hostPort(portProperty) + path);
    }

    /** The environment the container runs with, image defaults included. */
    public static Map<String, String> env() {
        JsonNode env = Json.parse(Docker.run("inspect", "--format", "{{json .Config.Env}}", containerId()));
        Map<String, String> result = new LinkedHashMap<>();
        for (JsonNode entry : env) {
            String[] pair = entry.asText().split("=", 2);
            result.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        return result;
    }

    /** One variable of {@link #env()}; fails when the container does not have it. */
    public static String env(String name) {
        String value = env().get(name);
        if (value == null) {
            throw new IllegalStateException("the container under test has no environment variable " + name
                    + "; set it in the module's pom.xml as docker.envRun." + name);
        }
        return value;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("system property " + property + " is not set: run the ITs through"
                    + " Maven (./mvnw verify), which starts the container and passes its ports");
        }
        return value;
    }
}
