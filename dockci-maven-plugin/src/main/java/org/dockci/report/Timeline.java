package org.dockci.report;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The build's timeline as inline SVG: one row per container module, one bar per step (lint, detect, build,
 * packages, start, structure, ITs, stop, push) placed at its start and as long as it ran, so that a slow step stands out.
 * Written with the JDK's StAX writer: every name and title is escaped by it.
 */
final class Timeline {

    static final Map<Step, String> COLOURS = new EnumMap<>(Map.of(Step.LINT, "#8e7cc3", Step.DETECT, "#6fa8dc",
            Step.BUILD, "#e69138", Step.PACKAGES, "#c9a227", Step.START, "#93c47d", Step.STRUCTURE, "#76a5af",
            Step.TESTS, "#38761d", Step.STOP, "#999999", Step.PUSH, "#3d85c6"));

    private static final int WIDTH = 960;
    private static final int LABELS = 150;
    private static final int ROW = 18;
    private static final int BAR = 12;
    private static final int TOP = 24;
    private static final int LEGEND = 26;

    private Timeline() {
    }

    /** The SVG element; one line saying so when no module ran a step. */
    static String svg(List<ModuleReport> modules, Redaction redaction) {
        List<ModuleReport> rows = new ArrayList<>();
        Instant first = null;
        Instant last = null;
        for (ModuleReport module : modules) {
            List<GoalRun> steps = steps(module);
            if (steps.isEmpty()) {
                continue;
            }
            rows.add(module);
            for (GoalRun goal : steps) {
                first = first == null || goal.start().isBefore(first) ? goal.start() : first;
                last = last == null || goal.end().isAfter(last) ? goal.end() : last;
            }
        }
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter svg = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            int height = TOP + rows.size() * ROW + LEGEND;
            svg.writeStartElement("svg");
            svg.writeDefaultNamespace("http://www.w3.org/2000/svg");
            attributes(svg, "class", "timeline", "width", WIDTH, "height", height, "viewBox", "0 0 " + WIDTH + " " + height,
                    "role", "img", "font-family", "sans-serif", "font-size", 11);
            svg.writeAttribute("aria-label", "timeline of the build: one bar per module and step");
            if (rows.isEmpty()) {
                element(svg, "text", "no module ran a step in this build", "x", 4, "y", 16);
            } else {
                long total = Math.max(1, Duration.between(first, last).toMillis());
                double scale = (WIDTH - LABELS - 10) / (double) total;
                axis(svg, total, scale, height - LEGEND);
                int y = TOP;
                for (ModuleReport module : rows) {
                    element(svg, "text", redaction.apply(module.module()), "class", "module", "x", 4, "y", y + BAR - 2);
                    for (GoalRun goal : steps(module)) {
                        double x = LABELS + Duration.between(first, goal.start()).toMillis() * scale;
                        double width = Math.max(1.5, goal.duration().toMillis() * scale);
                        svg.writeStartElement("rect");
                        attributes(svg, "class", "bar step-" + goal.step().name().toLowerCase(Locale.ROOT)
                                + (goal.succeeded() ? "" : " failed"), "x", round(x), "y", y, "width", round(width),
                                "height", BAR, "fill", COLOURS.get(goal.step()));
                        if (!goal.succeeded()) {
                            attributes(svg, "stroke", "#cc0000", "stroke-width", 2);
                        }
                        attributes(svg, "data-module", redaction.apply(module.module()), "data-step", goal.step().label());
                        element(svg, "title", redaction.apply(module.module()) + ": " + goal.step().label() + " ("
                                + goal.goal() + ") " + Figures.duration(goal.duration())
                                + (goal.succeeded() ? "" : ", failed"));
                        svg.writeEndElement();
                    }
                    y += ROW;
                }
                legend(svg, height - LEGEND + 8);
            }
            svg.writeEndElement();
            svg.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the timeline: " + e.getMessage(), e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private static List<GoalRun> steps(ModuleReport module) {
        return module.run().map(run -> run.goals().stream().filter(goal -> goal.step() != null).toList())
                .orElse(List.of());
    }

    /** A line under the bars with a tick every "round" number of seconds. */
    private static void axis(XMLStreamWriter svg, long totalMillis, double scale, int bottom) throws XMLStreamException {
        long[] steps = {100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000};
        long tick = steps[steps.length - 1];
        for (long candidate : steps) {
            if (totalMillis / candidate <= 8) {
                tick = candidate;
                break;
            }
        }
        for (long at = 0; at <= totalMillis; at += tick) {
            double x = LABELS + at * scale;
            svg.writeEmptyElement("line");
            attributes(svg, "x1", round(x), "y1", TOP - 6, "x2", round(x), "y2", bottom, "stroke", "#dddddd");
            if (x < WIDTH - 60) { // a label that would run off the edge is left out; its line stays
                element(svg, "text", tickLabel(at), "class", "tick", "x", round(x + 2), "y", TOP - 10, "fill", "#666666");
            }
        }
    }

    /** {@code 0 s}, {@code 0.5 s}, {@code 30 s}, {@code 1 min}, {@code 1 min 30 s}. */
    static String tickLabel(long millis) {
        if (millis < 60_000) {
            return millis % 1000 == 0 ? millis / 1000 + " s" : Figures.tenths(millis / 100) + " s";
        }
        long seconds = millis / 1000;
        return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }

    private static void legend(XMLStreamWriter svg, int y) throws XMLStreamException {
        int x = LABELS;
        for (Step step : Step.values()) {
            svg.writeEmptyElement("rect");
            attributes(svg, "class", "legend step-" + step.name().toLowerCase(Locale.ROOT), "x", x, "y", y, "width", 10,
                    "height", 10, "fill", COLOURS.get(step));
            element(svg, "text", step.label(), "x", x + 14, "y", y + 9);
            x += 30 + step.label().length() * 7;
        }
    }

    private static void element(XMLStreamWriter svg, String name, String text, Object... attributes)
            throws XMLStreamException {
        svg.writeStartElement(name);
        attributes(svg, attributes);
        svg.writeCharacters(text);
        svg.writeEndElement();
    }

    private static void attributes(XMLStreamWriter svg, Object... pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            svg.writeAttribute((String) pairs[i], String.valueOf(pairs[i + 1]));
        }
    }

    /** One decimal, {@code 150.3}: what a pixel needs (String.format costs more than the whole timeline, cold). */
    private static String round(double value) {
        return Double.toString(Math.round(value * 10) / 10.0);
    }
}
