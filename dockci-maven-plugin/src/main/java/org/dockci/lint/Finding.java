package org.dockci.lint;

import org.dockci.dockerfile.Position;

/**
 * One problem in one file, as the user sees it: {@code FILE:LINE:COL: SEVERITY CODE message}.
 * {@code file} is the path as it should be printed (relative to where Maven runs).
 */
public record Finding(String file, Position position, Severity severity, String code, String message) {

    @Override
    public String toString() {
        return file + ":" + position.line() + ":" + position.column() + ": " + severity.label() + " " + code + " "
                + message;
    }
}
