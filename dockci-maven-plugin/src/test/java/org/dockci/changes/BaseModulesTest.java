package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.dockci.dockerfile.DockerfileParser;
import org.dockci.dockerfile.ImageReference;
import org.junit.jupiter.api.Test;

/** Which modules a Dockerfile builds FROM, read through the one model of what a FROM names. */
class BaseModulesTest {

    private static final Map<String, ImageReference> MODULES = Map.of(
            "x3-base", ImageReference.of("localhost:5000/dockci/x3-base"),
            "x3-hub", ImageReference.of("dockci/x3-hub"));

    @Test
    void aFromNamingAModulesImageWithAnyTagOrDigestIsThatModule() {
        assertEquals(Set.of("x3-base"), bases("FROM localhost:5000/dockci/x3-base:1.0.0"));
        assertEquals(Set.of("x3-base"), bases("FROM localhost:5000/dockci/x3-base@sha256:" + "ab".repeat(32)));
        assertEquals(Set.of("x3-base"), bases("FROM localhost:5000/dockci/x3-base"));
    }

    @Test
    void theTagMayComeFromABuildArgumentWithOrWithoutDefault() {
        assertEquals(Set.of("x3-base"), bases("ARG BASE_TAG\nFROM localhost:5000/dockci/x3-base:${BASE_TAG}"));
        assertEquals(Set.of("x3-base"), bases("ARG BASE_TAG=1\nFROM localhost:5000/dockci/x3-base:$BASE_TAG"));
        assertEquals(Set.of("x3-base"), bases("ARG REGISTRY=localhost:5000\nFROM ${REGISTRY}/dockci/x3-base:1 AS b\n"
                + "FROM b"));
    }

    @Test
    void namesCompareNormalised() {
        assertEquals(Set.of("x3-hub"), bases("FROM docker.io/dockci/x3-hub:1"));
        assertEquals(Set.of("x3-hub"), bases("FROM index.docker.io/dockci/x3-hub:1"));
    }

    @Test
    void otherImagesAndNamesABuildArgumentDecidesAreNoModule() {
        assertEquals(Set.of(), bases("FROM localhost:5000/dockci/x3-base-extra:1"));
        assertEquals(Set.of(), bases("FROM localhost:5001/dockci/x3-base:1"));
        assertEquals(Set.of(), bases("FROM debian:trixie-slim"));
        assertEquals(Set.of(), bases("ARG REGISTRY\nFROM ${REGISTRY}/dockci/x3-base:1"),
                "a registry without default is the build's: it is not read as empty");
    }

    @Test
    void aModuleOutsideTheBuildIsNamedByItsImage() {
        // a release builds one container alone: its base is no module of the build, its image says its name
        Function<String, ImageReference> imageOf = name -> ImageReference.of("localhost:5000/dockci/" + name);
        assertEquals(Set.of("x3-base"), BaseModules.named(DockerfileParser.parse(
                "ARG BASE_TAG=1.0.0\nFROM localhost:5000/dockci/x3-base:${BASE_TAG}\n"), imageOf));
        assertEquals(Set.of(), BaseModules.named(DockerfileParser.parse(
                "FROM localhost:5000/other/x3-base:1\nFROM debian:trixie-slim\nFROM localhost:5000/dockci/a/b:1\n"),
                imageOf));
    }

    private static Set<String> bases(String dockerfile) {
        return BaseModules.of(DockerfileParser.parse(dockerfile + "\n"), MODULES);
    }
}
