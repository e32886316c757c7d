package org.dockci.dockerfile;

import java.util.Locale;
import java.util.Optional;

/** The instructions a Dockerfile may hold, as Docker's parser knows them. Keywords are case-insensitive. */
public enum Keyword {
    ADD, ARG, CMD, COPY, ENTRYPOINT, ENV, EXPOSE, FROM, HEALTHCHECK, LABEL, MAINTAINER, ONBUILD, RUN, SHELL,
    STOPSIGNAL, USER, VOLUME, WORKDIR;

    /** The keyword written as {@code word}, in any case; empty when Docker knows no such instruction. */
    public static Optional<Keyword> of(String word) {
        try {
            return Optional.of(valueOf(word.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
