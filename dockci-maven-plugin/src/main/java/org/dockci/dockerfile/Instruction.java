package org.dockci.dockerfile;

import java.util.List;

/** One instruction of a Dockerfile, one record per keyword, each with its {@link Source}. */
public sealed interface Instruction {

    /** Where and how the instruction was written. */
    Source source();

    /** The instruction's keyword. */
    default Keyword keyword() {
        return source().keyword();
    }

    /** The line the instruction starts on. */
    default int line() {
        return source().span().start().line();
    }

    /**
     * {@code FROM [--platform=...] image [AS name]}: the image as written, and the stage name as written
     * (null without AS). Docker compares stage names ignoring case.
     */
    record From(Source source, String image, String stageName) implements Instruction {
    }

    /** {@code RUN [--mount=...] [--network=...] command}. */
    record Run(Source source, CommandLine command) implements Instruction {
    }

    /** {@code CMD command}. */
    record Cmd(Source source, CommandLine command) implements Instruction {
    }

    /** {@code ENTRYPOINT command}. */
    record Entrypoint(Source source, CommandLine command) implements Instruction {
    }

    /** {@code SHELL ["executable", "parameters"]}: always exec form. */
    record Shell(Source source, List<String> shell) implements Instruction {
    }

    /**
     * {@code COPY [--from=...] [--chown=...] [--chmod=...] [--link] src... dest}: the sources that are
     * paths (heredoc sources such as {@code <<EOF} are in {@code heredocs} instead).
     */
    record Copy(Source source, List<String> sources, String destination, boolean execForm, List<Heredoc> heredocs)
            implements Instruction, Transfer {
    }

    /**
     * {@code ADD [--chown=...] [--chmod=...] [--checksum=...] [--link] src... dest}: the sources that are
     * paths or URLs (heredoc sources are in {@code heredocs} instead).
     */
    record Add(Source source, List<String> sources, String destination, boolean execForm, List<Heredoc> heredocs)
            implements Instruction, Transfer {
    }

    /** {@code ENV key=value ...} (or the legacy {@code ENV key value}), keys and values as written. */
    record Env(Source source, List<KeyValue> pairs) implements Instruction {
    }

    /** {@code LABEL key=value ...}. */
    record Label(Source source, List<KeyValue> pairs) implements Instruction {
    }

    /** {@code ARG name[=default] ...}. */
    record Arg(Source source, List<ArgDeclaration> declarations) implements Instruction {
    }

    /** {@code EXPOSE port[/protocol] ...}, ports as written. */
    record Expose(Source source, List<String> ports) implements Instruction {
    }

    /** {@code USER user[:group]}. */
    record User(Source source, String user) implements Instruction {
    }

    /** {@code WORKDIR path}. */
    record Workdir(Source source, String path) implements Instruction {
    }

    /** {@code VOLUME path ...} or {@code VOLUME ["path", ...]}. */
    record Volume(Source source, List<String> paths) implements Instruction {
    }

    /** {@code STOPSIGNAL signal}. */
    record StopSignal(Source source, String signal) implements Instruction {
    }

    /** {@code HEALTHCHECK [options] CMD command}, or {@code HEALTHCHECK NONE} (command null). */
    record Healthcheck(Source source, CommandLine command) implements Instruction {
    }

    /** {@code MAINTAINER name} (deprecated). */
    record Maintainer(Source source, String name) implements Instruction {
    }

    /**
     * {@code ONBUILD instruction}: {@code trigger} is the instruction run in images built FROM this one,
     * or null when that instruction is malformed or unknown: Docker only refuses it when a child image
     * is built, so it is no error of this file.
     */
    record OnBuild(Source source, Instruction trigger) implements Instruction {
    }

    /** What COPY and ADD have in common. */
    interface Transfer {
        /** The sources as written (after JSON decoding in exec form), heredoc sources left out. */
        List<String> sources();

        /** The destination as written. */
        String destination();

        /** The heredocs the instruction introduces, given as sources ({@code COPY <<EOF /dest}), in order. */
        List<Heredoc> heredocs();
    }

    /**
     * One {@code key=value} of ENV or LABEL. {@code value} is as written, quotes and variables
     * included; {@link ShellWord#process} gives what Docker makes of it.
     */
    record KeyValue(String key, String value) {
    }

    /** One name of ARG, with its default value as written (null when there is none). */
    record ArgDeclaration(String name, String defaultValue) {
    }
}
