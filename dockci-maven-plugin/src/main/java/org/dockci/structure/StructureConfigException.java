package org.dockci.structure;

import java.util.List;

/** A structure-test file that cannot be run as written: every problem found, each naming its place. */
public final class StructureConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    StructureConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem: {@code FILE:LINE:COLUMN: what} or {@code FILE: TEST: what}. */
    public List<String> problems() {
        return problems;
    }
}
