# Broken on purpose: the second word of a three-word FROM must be AS.
FROM golang:1.22 TO build
