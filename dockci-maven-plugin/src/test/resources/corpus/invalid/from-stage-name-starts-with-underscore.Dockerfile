# Broken on purpose: stage names must start with a letter.
FROM python:3.12 AS _base
