# Broken on purpose: the default value refers to "${BASE" without a closing brace.
ARG BASE=debian
FROM ${BASE:-debian
