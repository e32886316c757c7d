import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The container modules a container's pom depends on (README, "Add a container", step 3), for
 * scripts/base-versions.sh: one line per base, {@code <groupId>:<artifactId> <the base's version in its pom>}.
 * A base is a dependency whose artifactId names a sibling folder with a Dockerfile and a pom.xml.
 * Runs with the JDK alone: {@code java scripts/BaseModules.java containers/x3-wiki/pom.xml}.
 */
public final class BaseModules {

    public static void main(String[] args) throws Exception {
        Path pom = Path.of(args[0]).toAbsolutePath();
        Element project = read(pom);
        Element dependencies = child(project, "dependencies");
        if (dependencies == null) {
            return;
        }
        for (Node node = dependencies.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element dependency && dependency.getTagName().equals("dependency")) {
                String artifactId = text(dependency, "artifactId");
                Path folder = pom.getParent().resolveSibling(artifactId);
                if (!artifactId.isEmpty() && Files.isRegularFile(folder.resolve("Dockerfile"))
                        && Files.isRegularFile(folder.resolve("pom.xml"))) {
                    System.out.println(text(dependency, "groupId") + ":" + artifactId + " "
                            + text(read(folder.resolve("pom.xml")), "version"));
                }
            }
        }
    }

    private static Element read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? "" : element.getTextContent().strip();
    }
}
