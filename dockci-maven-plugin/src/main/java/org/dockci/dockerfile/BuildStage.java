package org.dockci.dockerfile;

import java.util.List;

/** A build stage: its FROM, its position among the stages (from 0), the instructions up to the next FROM. */
public record BuildStage(int index, Instruction.From from, List<Instruction> instructions) {

    /** The name given with {@code AS}, or null. */
    public String name() {
        return from.stageName();
    }
}
