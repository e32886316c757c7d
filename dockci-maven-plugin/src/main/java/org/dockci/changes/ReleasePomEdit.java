package org.dockci.changes;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Tells the edits maven-release-plugin makes to a module's {@code pom.xml} from real changes. A release
 * commits twice: "prepare release" sets {@code <version>1.4.0</version>} and writes {@code <scm><tag>}
 * (adding an {@code <scm>} that holds only that tag when the pom inherits its scm), "prepare for next
 * development iteration" sets {@code 1.4.1-SNAPSHOT} and takes that {@code <scm>} away again. Were those
 * changes, the push of a release would start a build that releases again, forever. The two poms are compared
 * with those values blanked out, an {@code <scm>} holding only a tag left out, and whitespace between elements
 * ignored; any other difference, a dependency's or the parent's version too, still counts.
 *
 * <p>One dependency version is a release value too: that of a dependency of type {@code pom}, how a container
 * depends on the module it builds FROM (README, "Add a container"). scripts/release-changed.sh has the release
 * plugin write the base's release into the child's "prepare release" commit and the base's next snapshot into
 * its "next development iteration" commit, so the child's pom differs from its release tag in that version after
 * every release of its base. That edit is no change of the child: a change of its base makes it changed anyway.
 */
final class ReleasePomEdit {

    /** Element paths from the root whose text the release plugin writes. */
    private static final List<List<String>> RELEASE_VALUES = List.of(
            List.of("project", "version"),
            List.of("project", "scm", "tag"));

    /** The element the release plugin adds and removes whole when the module inherits its scm. */
    private static final List<String> SCM = List.of("project", "scm");

    /** A dependency of the project: the version of one of type {@code pom} (a base module) is a release value. */
    private static final List<String> DEPENDENCY = List.of("project", "dependencies", "dependency");

    /** A factory per thread: creating one looks up services on the class path, and none is promised thread-safe. */
    private static final ThreadLocal<XMLInputFactory> XML = ThreadLocal.withInitial(ReleasePomEdit::xmlInputFactory);

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

    /** The document as a list of its parts, the release values' text left out; empty when it is not XML. */
    private static Optional<List<String>> normalised(String pom) {
        List<String> parts = new ArrayList<>();
        List<String> scm = null; // the parts of project/scm while it is read, to drop it if it holds only a tag
        boolean scmHoldsMore = false;
        List<String> dependency = null; // the parts of a project dependency while it is read
        int dependencyVersion = -1; // where in those parts its version's text is
        boolean dependencyIsPom = false;
        Deque<String> path = new ArrayDeque<>();
        try {
            XMLStreamReader reader = XML.get().createXMLStreamReader(new StringReader(pom));
            while (reader.hasNext()) {
                int event = reader.next();
                List<String> into = dependency != null ? dependency : scm != null ? scm : parts;
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        path.addLast(reader.getLocalName());
                        if (path.size() == 3 && SCM.equals(List.copyOf(path).subList(0, 2))) {
                            scmHoldsMore |= !reader.getLocalName().equals("tag");
                        }
                        if (SCM.equals(List.copyOf(path))) {
                            scm = new ArrayList<>();
                            scmHoldsMore = false;
                            into = scm;
                        }
                        if (DEPENDENCY.equals(List.copyOf(path))) {
                            dependency = new ArrayList<>();
                            dependencyVersion = -1;
                            dependencyIsPom = false;
                            into = dependency;
                        }
                        into.add(startTag(reader));
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        into.add("</" + reader.getName());
                        if (SCM.equals(List.copyOf(path))) {
                            if (scmHoldsMore) {
                                parts.addAll(scm);
                            }
                            scm = null;
                        }
                        if (DEPENDENCY.equals(List.copyOf(path))) {
                            if (dependencyIsPom && dependencyVersion >= 0) {
                                dependency.remove(dependencyVersion);
                            }
                            parts.addAll(dependency);
                            dependency = null;
                        }
                        path.removeLast();
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        List<String> at = List.copyOf(path);
                        if (!RELEASE_VALUES.contains(at) && !reader.getText().isBlank()) {
                            if (dependency != null && at.size() == 4 && at.get(3).equals("version")) {
                                dependencyVersion = dependency.size();
                            }
                            if (dependency != null && at.size() == 4 && at.get(3).equals("type")) {
                                dependencyIsPom = reader.getText().strip().equals("pom");
                            }
                            into.add("text " + reader.getText());
                        }
                    }
                    case XMLStreamConstants.COMMENT -> into.add("<!--" + reader.getText());
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> into.add("<?" + reader.getPITarget() + " "
                            + reader.getPIData());
                    default -> into.add("event " + event);
                }
            }
            reader.close();
            return Optional.of(parts);
        } catch (XMLStreamException e) {
            return Optional.empty();
        }
    }

    /** An element's name with its attributes and namespace declarations, in a fixed order. */
    private static String startTag(XMLStreamReader reader) {
        TreeMap<String, String> attributes = new TreeMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeName(i).toString(), reader.getAttributeValue(i));
        }
        TreeMap<String, String> namespaces = new TreeMap<>();
        for (int i = 0; i < reader.getNamespaceCount(); i++) {
            namespaces.put(String.valueOf(reader.getNamespacePrefix(i)), reader.getNamespaceURI(i));
        }
        return "<" + reader.getName() + " " + attributes + " " + namespaces;
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
