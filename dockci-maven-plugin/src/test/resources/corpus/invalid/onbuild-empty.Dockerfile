# Broken on purpose: ONBUILD needs an instruction.
FROM node:20
ONBUILD
