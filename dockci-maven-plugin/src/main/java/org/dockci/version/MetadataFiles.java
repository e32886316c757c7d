package org.dockci.version;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A module's {@code target/dockci/metadata.properties} and {@code metadata.json}. */
public final class MetadataFiles {

    /** The folder, under the module's build directory, that dockci writes to. */
    public static final String DIRECTORY = "dockci";
    public static final String PROPERTIES = "metadata.properties";
    public static final String JSON = "metadata.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MetadataFiles() {
    }

    /** Writes both files under {@code buildDirectory/dockci} and returns that folder. */
    public static Path write(Path buildDirectory, ImageMetadata metadata) throws IOException {
        Path directory = Files.createDirectories(buildDirectory.resolve(DIRECTORY));
        Files.writeString(directory.resolve(PROPERTIES), propertiesText(metadata.projectProperties()),
                StandardCharsets.ISO_8859_1);
        MAPPER.writeValue(directory.resolve(JSON).toFile(), metadata);
        return directory;
    }

    /** Reads {@code metadata.json} back. */
    public static ImageMetadata readJson(Path buildDirectory) throws IOException {
        return MAPPER.readValue(buildDirectory.resolve(DIRECTORY).resolve(JSON).toFile(), ImageMetadata.class);
    }

    /** Reads {@code metadata.properties} back. */
    public static Map<String, String> readProperties(Path buildDirectory) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(buildDirectory.resolve(DIRECTORY).resolve(PROPERTIES),
                StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }

    /**
     * One {@code key=value} line per entry, escaped by {@link Properties} itself, sorted by key. Its date comment
     * is left out so that the same commit gives the same file.
     */
    private static String propertiesText(Map<String, String> values) {
        Properties properties = new Properties();
        properties.putAll(values);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            properties.store(bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an in-memory stream does not fail
        }
        // store() escapes line breaks in values, so each entry is one line
        return new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1).lines()
                .filter(line -> !line.startsWith("#")).sorted()
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
