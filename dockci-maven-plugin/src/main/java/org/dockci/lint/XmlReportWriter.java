package org.dockci.lint;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML report written with the JDK's StAX writer, indented for people, with the characters XML
 * 1.0 cannot hold (control characters a Dockerfile may quote) replaced so that the report stays
 * readable by Jenkins.
 */
public final class XmlReportWriter implements AutoCloseable {

    private final XMLStreamWriter writer;
    /** For each open element, whether it holds elements: its end tag then goes on a line of its own. */
    private final Deque<Boolean> open = new ArrayDeque<>();

    /** What a report writes to its stream. */
    public interface Content {
        /** Writes the report to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code content} to the file {@code report}, making its folder first. */
    public static void toFile(Path report, Content content) throws IOException {
        Files.createDirectories(report.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(report)) {
            content.writeTo(out);
        }
    }

    /** A UTF-8 document written to {@code out}, which the caller closes. */
    public XmlReportWriter(OutputStream out) throws XMLStreamException {
        // the JDK's own writer, not whichever StAX library is on the class path (CycloneDX brings Woodstox)
        writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        writer.writeStartDocument("UTF-8", "1.0");
    }

    /** Opens element {@code name}. */
    public XmlReportWriter start(String name) throws XMLStreamException {
        if (!open.isEmpty()) {
            open.pop();
            open.push(true);
        }
        newLine(open.size());
        writer.writeStartElement(name);
        open.push(false);
        return this;
    }

    /** Gives the element just opened the attribute {@code name}. */
    public XmlReportWriter attribute(String name, Object value) throws XMLStreamException {
        writer.writeAttribute(name, printable(String.valueOf(value)));
        return this;
    }

    /** Writes {@code text} into the open element. */
    public XmlReportWriter text(String text) throws XMLStreamException {
        writer.writeCharacters(printable(text));
        return this;
    }

    /** Closes the element opened last. */
    public XmlReportWriter end() throws XMLStreamException {
        if (open.pop()) {
            newLine(open.size());
        }
        writer.writeEndElement();
        return this;
    }

    /** Ends the document and flushes it. */
    @Override
    public void close() throws XMLStreamException {
        writer.writeEndDocument();
        writer.writeCharacters("\n");
        writer.close();
    }

    private void newLine(int depth) throws XMLStreamException {
        writer.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** {@code text} with each character XML 1.0 forbids replaced by U+FFFD. */
    private static String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> printable.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return printable.toString();
    }

    private static boolean allowed(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
