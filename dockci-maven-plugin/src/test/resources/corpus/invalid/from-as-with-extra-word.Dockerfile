# Broken on purpose: a stage name is one word.
FROM golang:1.22 AS build stage
