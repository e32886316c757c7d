package org.dockci.report;

import java.time.Duration;

/** Sizes and durations as the report writes them: {@code 143.2 MB}, {@code +1.2 MB}, {@code 4.2 s}, {@code 2 min 5 s}. */
final class Figures {

    private Figures() {
    }

    /** Bytes in decimal units, as {@code docker images} shows them. */
    static String size(long bytes) {
        double value = Math.abs(bytes);
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        String number = unit == 0 ? Long.toString(Math.abs(bytes)) : tenths(Math.round(value * 10));
        return (bytes < 0 ? "−" : "") + number + " " + units[unit];
    }

    /** A change of size, signed: {@code +1.2 MB}, {@code −300 kB}, {@code ±0 B}. */
    static String sizeChange(long bytes) {
        if (bytes == 0) {
            return "±0 B";
        }
        return (bytes > 0 ? "+" : "") + size(bytes);
    }

    /** {@code 0.42 s}, {@code 4.2 s}, {@code 2 min 5 s}. */
    static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis == 0) {
            return "0 s";
        }
        if (millis < 1000) {
            return "0." + (millis / 10 < 10 ? "0" : "") + millis / 10 + " s";
        }
        if (millis < 60_000) {
            return tenths(Math.round(millis / 100.0)) + " s";
        }
        long seconds = Math.round(millis / 1000.0);
        return seconds / 60 + " min " + seconds % 60 + " s";
    }

    /**
     * {@code tenths} tenths as a number with one decimal: {@code 12} is {@code 1.2}. Written by hand: the report
     * formats a few thousand numbers, and String.format, cold in a build's JVM, costs more than the whole report.
     */
    static String tenths(long tenths) {
        return tenths / 10 + "." + tenths % 10;
    }

    /** Seconds of a test: {@code 0.31 s}. */
    static String seconds(double seconds) {
        return duration(Duration.ofMillis(Math.round(seconds * 1000)));
    }
}
