package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseImageIsNotLatestTest {

    private static final String DIGEST = "sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb";

    private final BaseImageIsNotLatest rule = new BaseImageIsNotLatest();

    @ParameterizedTest
    @ValueSource(strings = {"debian:latest", "debian:latest AS builder", "registry.lan:5000/app:latest"})
    void latestIsReported(String image) {
        assertEquals(List.of(at(1, 1)), positions(rule, "FROM " + image));
    }

    @ParameterizedTest
    @ValueSource(strings = {"debian:bookworm", "debian:bookworm AS builder", "debian", "localhost:5000/app",
        "latest"})
    void otherTagsOrNoTagAreFine(String image) {
        assertEquals(List.of(), positions(rule, "FROM " + image));
    }

    @Test
    void digestPinsTheImageEvenWithLatest() {
        assertEquals(List.of(), positions(rule, "FROM hub.docker.io/debian@" + DIGEST));
        assertEquals(List.of(), positions(rule, "FROM hub.docker.io/debian:latest@" + DIGEST));
    }

    @Test
    void latestFromAGlobalArgDefaultIsReported() {
        assertEquals(List.of(at(2, 1)), positions(rule, "ARG TAG=latest", "FROM debian:${TAG}"));
    }

    @Test
    void tagABuildArgumentDecidesIsFine() {
        assertEquals(List.of(), positions(rule, "ARG TAG", "FROM debian:${TAG}"));
    }

    @Test
    void everyStageIsChecked() {
        assertEquals(List.of(at(1, 1), at(3, 1)),
                positions(rule, "FROM golang:latest AS build", "FROM debian:12", "FROM alpine:latest"));
    }
}
