package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseImageIsTaggedTest {

    private final BaseImageIsTagged rule = new BaseImageIsTagged();

    @ParameterizedTest
    @ValueSource(strings = {"debian", "debian AS builder", "library/debian", "registry.lan:5000/team/app",
        "localhost/app"})
    void untaggedImageIsReported(String image) {
        assertEquals(List.of(at(1, 1)), positions(rule, "FROM " + image));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ruby:2", "ruby@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb",
        "registry.lan:5000/team/app:1.4", "debian:12 AS builder"})
    void taggedOrDigestPinnedImageIsFine(String image) {
        assertEquals(List.of(), positions(rule, "FROM " + image));
    }

    @Test
    void scratchIsFine() {
        assertEquals(List.of(), positions(rule, "FROM scratch"));
    }

    @Test
    void earlierStageIsFine() {
        assertEquals(List.of(), positions(rule,
                "FROM golang:1.22-alpine AS build",
                "RUN go build",
                "FROM build AS unit-test",
                "RUN go test",
                "FROM alpine:3.20"));
    }

    @Test
    void stageIsMatchedWithoutCase() {
        assertEquals(List.of(), positions(rule, "FROM golang:1.22 AS Build", "FROM build"));
    }

    @Test
    void untaggedImageAmongStagesIsReported() {
        assertEquals(List.of(at(3, 1)), positions(rule,
                "FROM golang:1.22 AS build",
                "RUN go build",
                "FROM node AS unit-test",
                "FROM alpine:3.20"));
    }

    @Test
    void stageNamedLaterIsNotAStageYet() {
        assertEquals(List.of(at(1, 1)), positions(rule, "FROM tools", "FROM debian:12 AS tools"));
    }

    @Test
    void imageABuildArgumentDecidesIsFine() {
        assertEquals(List.of(), positions(rule, "ARG BASE", "FROM ${BASE}"));
        assertEquals(List.of(), positions(rule, "FROM ${UNDECLARED}"));
        assertEquals(List.of(), positions(rule, "ARG TAG", "FROM debian:$TAG"));
    }

    @Test
    void globalArgDefaultIsApplied() {
        assertEquals(List.of(at(2, 1)), positions(rule, "ARG BASE=debian", "FROM $BASE"));
        assertEquals(List.of(), positions(rule, "ARG BASE=debian:12", "FROM $BASE"));
        assertEquals(List.of(), positions(rule, "ARG TAG=12", "FROM debian:${TAG}"));
    }

    @Test
    void globalArgNamingAnEarlierStageIsFine() {
        assertEquals(List.of(), positions(rule, "ARG FLAVOUR=build", "FROM debian:12 AS build", "FROM ${FLAVOUR}"));
    }
}
