# Broken on purpose: "@" is not allowed in a stage name.
FROM node:20 AS web@build
