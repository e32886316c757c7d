# Broken on purpose: compose YAML pasted at the end.
FROM redis:7
services:
  cache:
    image: redis:7
