# Broken on purpose: the line after "make" has no backslash before it, so "&&" is read as an instruction.
FROM gcc:13
COPY . /src
RUN cd /src && make
    && make install
