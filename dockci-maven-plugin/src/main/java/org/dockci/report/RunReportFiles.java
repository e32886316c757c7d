package org.dockci.report;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes {@code report.html} (one self-contained page: inline CSS and SVG, no script) and {@code report.md} (the
 * summary for a merge-request note) from the same view, through jmustache templates. Every value goes through the
 * template's escaper, which first takes credentials out ({@link Redaction}), then escapes for HTML or Markdown.
 */
public final class RunReportFiles {

    public static final String HTML = "report.html";
    public static final String MARKDOWN = "report.md";

    private RunReportFiles() {
    }

    /** Writes both files into {@code directory} and returns the HTML file. */
    public static Path write(Path directory, RunReport report, Redaction redaction) throws IOException {
        Map<String, Object> view = ReportView.of(report, Timeline.svg(report.modules(), redaction));
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(HTML), template("report.html.mustache",
                text -> Escapers.HTML.escape(redaction.apply(text))).execute(view), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(MARKDOWN), template("report.md.mustache",
                text -> markdown(redaction.apply(text))).execute(view), StandardCharsets.UTF_8);
        return directory.resolve(HTML);
    }

    /**
     * {@code text} as plain text inside Markdown, on one line (a table cell): no markup of its own, no HTML (GitLab
     * renders some), no table column break.
     */
    static String markdown(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.replaceAll("\\s*\\R\\s*", " ").toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!' -> escaped.append('\\').append(c);
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static Template template(String name, Mustache.Escaper escaper) {
        try (InputStream in = RunReportFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the plugin lacks its template " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return Mustache.compiler().withEscaper(escaper).emptyStringIsFalse(true).zeroIsFalse(true)
                        .compile(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
