package org.dockci.changes;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * Tells the edits maven-release-plugin makes to a module's {@code pom.xml} from real changes. A release
 * commits twice: "prepare release" sets {@code <version>1.4.0</version>} (and {@code <scm><tag>}, when the
 * pom has one), "prepare for next development iteration" sets {@code 1.4.1-SNAPSHOT}. Were those changes, the
 * push of a release would start a build that releases again, forever. The two poms are compared with those
 * two values blanked out, so any other difference, a dependency's or the parent's version too, still counts.
 */
final class ReleasePomEdit {

    /** Element paths from the root whose text the release plugin writes. */
    private static final List<List<String>> RELEASE_VALUES = List.of(
            List.of("project", "version"),
            List.of("project", "scm", "tag"));

    private ReleasePomEdit() {
    }

    /** True when {@code before} and {@code after} differ at most in the project's version and scm tag. */
    static boolean onlyReleaseValuesDiffer(String before, String after) {
        Optional<List<String>> normalisedBefore = normalised(before);
        Optional<List<String>> normalisedAfter = normalised(after);
        if (normalisedBefore.isEmpty() || normalisedAfter.isEmpty()) {
            return before.equals(after); // not XML: only the very same text is no change
        }
        return normalisedBefore.get().equals(normalisedAfter.get());
    }

    /** The document as a list of its events, the release values' text left out; empty when it is not XML. */
    private static Optional<List<String>> normalised(String pom) {
        List<String> events = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        try {
            XMLEventReader reader = xmlInputFactory().createXMLEventReader(new StringReader(pom));
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (event.isStartElement()) {
                    path.addLast(event.asStartElement().getName().getLocalPart());
                    events.add(describe(event.asStartElement()));
                } else if (event.isEndElement()) {
                    path.removeLast();
                    events.add("</" + event.asEndElement().getName());
                } else if (event.isCharacters()) {
                    if (!RELEASE_VALUES.contains(List.copyOf(path))) {
                        events.add("text " + event.asCharacters().getData());
                    }
                } else {
                    events.add(event.getEventType() + " " + event);
                }
            }
            reader.close();
            return Optional.of(events);
        } catch (XMLStreamException e) {
            return Optional.empty();
        }
    }

    /** An element's name with its attributes and namespace declarations, in a fixed order. */
    private static String describe(StartElement element) {
        TreeMap<String, String> attributes = new TreeMap<>();
        for (Iterator<Attribute> it = element.getAttributes(); it.hasNext(); ) {
            Attribute attribute = it.next();
            attributes.put(attribute.getName().toString(), attribute.getValue());
        }
        List<String> namespaces = new ArrayList<>();
        element.getNamespaces().forEachRemaining(namespace -> namespaces.add(namespace.toString()));
        return "<" + element.getName() + " " + attributes + " " + namespaces;
    }

    /** A parser that reads no DTD and no external entity: a pom is data, not instructions. */
    private static XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
