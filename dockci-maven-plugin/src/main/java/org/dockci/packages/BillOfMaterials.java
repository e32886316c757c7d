package org.dockci.packages;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Metadata;

/**
 * An image's bill of materials in CycloneDX 1.6 JSON: the image as the subject, each installed package as a
 * component with its package URL ({@code pkg:deb/debian/openssl@3.0.17-1~deb12u1?arch=amd64&distro=debian-12}).
 * Made with the CycloneDX library. The same image and inventory give the same file, but for its serial number.
 */
public final class BillOfMaterials {

    /** The file name under {@code target/dockci}. */
    public static final String FILE = "sbom.cdx.json";

    private BillOfMaterials() {
    }

    /**
     * The bill of materials of {@code image} as JSON.
     *
     * @param image     the image's reference, {@code localhost:5000/dockci/x3-webdav:1.0.1-dev.3f2c1ab}
     * @param created   when its content was made (the commit's time), the document's timestamp
     * @param inventory its packages
     */
    public static String json(String image, Instant created, PackageInventory inventory) {
        Bom bom = new Bom();
        bom.setSerialNumber("urn:uuid:" + UUID.nameUUIDFromBytes((image + "@" + created).getBytes(StandardCharsets.UTF_8)));
        Metadata metadata = new Metadata();
        metadata.setTimestamp(Date.from(created));
        Component subject = new Component();
        subject.setType(Component.Type.CONTAINER);
        int colon = image.lastIndexOf(':');
        boolean tagged = colon > image.lastIndexOf('/');
        subject.setName(tagged ? image.substring(0, colon) : image);
        if (tagged) {
            subject.setVersion(image.substring(colon + 1));
        }
        subject.setBomRef(image);
        metadata.setComponent(subject);
        bom.setMetadata(metadata);
        List<Component> components = new ArrayList<>();
        for (InstalledPackage installed : inventory.packages()) {
            Component component = new Component();
            component.setType(Component.Type.LIBRARY);
            component.setName(installed.name());
            component.setVersion(installed.version());
            inventory.manager().ifPresent(manager -> {
                String purl = purl(manager, inventory, installed);
                component.setPurl(purl);
                component.setBomRef(purl);
            });
            components.add(component);
        }
        bom.setComponents(components);
        try {
            return BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString(true);
        } catch (GeneratorException e) {
            throw new IllegalStateException("the bill of materials of " + image + " cannot be written", e);
        }
    }

    /** Writes {@link #json} to {@code file}. */
    public static void write(Path file, String image, Instant created, PackageInventory inventory) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, json(image, created, inventory));
    }

    /** {@code pkg:deb/debian/openssl@3.0.17-1~deb12u1?arch=amd64&distro=debian-12}. */
    static String purl(PackageManager manager, PackageInventory inventory, InstalledPackage installed) {
        TreeMap<String, String> qualifiers = new TreeMap<>();
        qualifiers.put("arch", installed.architecture());
        inventory.distro().ifPresent(distro -> qualifiers.put("distro", distro.qualifier()));
        String namespace = inventory.distro().map(Distro::id).orElse(null);
        try {
            return new PackageURL(manager.purlType(), namespace, installed.name(), installed.version(), qualifiers, null)
                    .canonicalize();
        } catch (MalformedPackageURLException e) {
            throw new IllegalArgumentException("package " + installed + " has no valid package URL: " + e.getMessage(), e);
        }
    }
}
