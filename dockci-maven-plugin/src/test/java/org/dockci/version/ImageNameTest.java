package org.dockci.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ImageNameTest {

    @Test
    void theNameJoinsRegistryNamespaceAndName() {
        ImageName image = new ImageName("localhost:5000", "dockci", "x3-webdav");

        assertEquals("localhost:5000/dockci/x3-webdav", image.toString());
        assertEquals("localhost:5000/dockci/x3-webdav:1.2.0", image.withTag("1.2.0"));
    }

    @Test
    void thePrefixIsWhatComesBeforeTheName() {
        assertEquals("localhost:5000/dockci/", new ImageName("localhost:5000", "dockci", "x3-webdav").prefix());
        assertEquals("", new ImageName("", "", "x3-webdav").prefix());
    }

    @Test
    void anEmptyRegistryOrNamespaceIsLeftOut() {
        assertEquals("dockci/x3-webdav", new ImageName("", "dockci", "x3-webdav").toString());
        assertEquals("localhost:5000/x3-webdav", new ImageName("localhost:5000", "", "x3-webdav").toString());
        assertEquals("team/sub/x3-webdav", new ImageName("", "team/sub", "x3-webdav").toString());
    }

    @Test
    void partsDockerRefusesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ImageName("", "dockci", "X3-WebDAV"));
        assertThrows(IllegalArgumentException.class, () -> new ImageName("", "Dockci", "x3-webdav"));
        assertThrows(IllegalArgumentException.class, () -> new ImageName("", "a//b", "x3-webdav"));
        assertThrows(IllegalArgumentException.class, () -> new ImageName("host/path", "dockci", "x3-webdav"));
    }
}
