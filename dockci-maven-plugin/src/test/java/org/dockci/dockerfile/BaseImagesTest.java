package org.dockci.dockerfile;

import static org.dockci.dockerfile.Dockerfiles.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What each FROM names, global ARGs applied once: {@link Dockerfile#baseImages()} and its final base image. */
class BaseImagesTest {

    @Test
    void globalArgDefaultsAreAppliedInOrder() {
        FromImage image = only(parse("ARG REGISTRY=localhost:5000", "ARG BASE=${REGISTRY}/dockci/x3-base",
                "FROM ${BASE}:1.0.0"));
        assertEquals(Optional.of("localhost:5000/dockci/x3-base:1.0.0"), image.expanded());
        assertEquals(Optional.of(ImageReference.of("localhost:5000/dockci/x3-base:1.0.0")), image.reference());
        assertEquals("localhost:5000/dockci/x3-base", image.repository().orElseThrow().name());
        assertFalse(image.dependsOnBuildArgument());
    }

    @Test
    void aTagFromABuildArgumentWithoutDefaultLeavesTheRepositoryKnown() {
        FromImage image = only(parse("ARG BASE_TAG", "FROM localhost:5000/dockci/x3-base:${BASE_TAG}"));
        assertTrue(image.dependsOnBuildArgument());
        assertEquals(Optional.empty(), image.expanded());
        assertEquals(Optional.empty(), image.reference());
        assertEquals("localhost:5000/dockci/x3-base", image.repository().orElseThrow().name());
    }

    @Test
    void aTagWithADefaultIsTheDefault() {
        FromImage image = only(parse("ARG BASE_TAG=1.2.0", "FROM localhost:5000/dockci/x3-base:$BASE_TAG"));
        assertEquals(Optional.of("1.2.0"), image.reference().orElseThrow().tag());
    }

    @Test
    void aNameFromABuildArgumentIsUnknownAndNeverTheEmptyString() {
        for (Dockerfile dockerfile : List.of(parse("ARG IMAGE", "FROM $IMAGE"), parse("FROM ${UNDECLARED}:1"),
                parse("ARG TARGETARCH=amd64", "FROM example.com/app-${TARGETARCH}:1"))) {
            FromImage image = only(dockerfile);
            assertTrue(image.dependsOnBuildArgument());
            assertEquals(Optional.empty(), image.repository(), dockerfile.toString());
            assertEquals(Optional.empty(), image.reference());
        }
    }

    @Test
    void anEarlierStageOrScratchIsNoImage() {
        List<FromImage> images = parse("FROM scratch AS files", "FROM debian:trixie-slim AS Build",
                "FROM build", "FROM files").baseImages();
        assertTrue(images.get(0).isScratch());
        assertEquals(Optional.empty(), images.get(0).repository());
        assertEquals(Optional.empty(), images.get(0).reference());
        assertEquals("docker.io/library/debian", images.get(1).repository().orElseThrow().name());
        assertEquals(1, images.get(2).earlierStage().orElseThrow().index(), "stage names compare without case");
        assertEquals(Optional.empty(), images.get(2).repository());
        assertEquals(0, images.get(3).earlierStage().orElseThrow().index());
        assertFalse(images.get(3).isScratch());
    }

    @Test
    void theFinalBaseImageIsFollowedThroughEarlierStages() {
        assertEquals("debian:trixie-slim", parse("ARG SUITE=trixie", "FROM debian:${SUITE}-slim AS base",
                "FROM base AS app", "FROM app").finalBaseImage().orElseThrow().familiar());
        assertEquals(Optional.empty(), parse("FROM debian AS build", "FROM scratch").finalBaseImage());
        assertEquals(Optional.empty(), parse("ARG BASE", "FROM $BASE").finalBaseImage());
        assertEquals(Optional.empty(), parse("ARG TAG", "FROM debian:$TAG").finalBaseImage());
    }

    @Test
    void aBuildArgumentReplacesTheDefaultOfTheArgOfItsName() {
        Dockerfile dockerfile = parse("ARG BASE_TAG=1.0.0", "FROM localhost:5000/dockci/x3-base:${BASE_TAG}");
        assertEquals("localhost:5000/dockci/x3-base:1.1.0-dev.3f2c1ab", dockerfile
                .finalBaseImage(Map.of("BASE_TAG", "1.1.0-dev.3f2c1ab")).orElseThrow().familiar());
        assertEquals("localhost:5000/dockci/x3-base:1.0.0", dockerfile.finalBaseImage().orElseThrow().familiar());
        assertEquals(Optional.of("trixie"), only(parse("ARG SUITE", "FROM debian:${SUITE}"), Map.of(
                "SUITE", "trixie")).reference().orElseThrow().tag(), "a given argument needs no default");
        assertTrue(only(parse("FROM debian:${SUITE}"), Map.of("SUITE", "trixie")).dependsOnBuildArgument(),
                "FROM sees only the ARGs declared before it");
    }

    private static FromImage only(Dockerfile dockerfile, Map<String, String> buildArgs) {
        List<FromImage> images = dockerfile.baseImages(buildArgs);
        assertEquals(1, images.size());
        return images.get(0);
    }

    private static FromImage only(Dockerfile dockerfile) {
        List<FromImage> images = dockerfile.baseImages();
        assertEquals(1, images.size());
        return images.get(0);
    }
}
