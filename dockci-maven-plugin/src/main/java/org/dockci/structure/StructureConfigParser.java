package org.dockci.structure;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a structure-test file in container-structure-test's schema. Unlike that tool, which ignores what it does
 * not know, it names every unknown key with its line and column, a value of the wrong type, a YAML syntax error,
 * and each test that misses what it needs (a name, a command, a path).
 */
public final class StructureConfigParser {

    /** The schema versions read: 2.0.0, and 1.0.0 (whose commands are lists). */
    public static final Set<String> SCHEMA_VERSIONS = Set.of("2.0.0", "1.0.0");

    private StructureConfigParser() {
    }

    /** Reads {@code file}; {@code shown} is how messages name it. */
    public static StructureConfig parse(Path file, String shown) throws IOException, StructureConfigException {
        return parse(Files.readString(file), shown);
    }

    /** Reads {@code yaml}; {@code shown} is how messages name it. */
    public static StructureConfig parse(String yaml, String shown) throws StructureConfigException {
        List<String> problems = unknownKeys(yaml, shown);
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .addHandler(new DeserializationProblemHandler() {
                    @Override
                    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                            JsonDeserializer<?> deserializer, Object beanOrClass, String key) throws IOException {
                        // already reported by unknownKeys, with its place (records are read through a token
                        // buffer, which has none)
                        parser.skipChildren();
                        return true;
                    }
                });
        StructureConfig config;
        try {
            config = mapper.readValue(yaml, StructureConfig.class);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamReadException syntax) {
                problems.add(at(shown, syntax.getLocation()) + "not valid YAML: "
                        + syntax.getOriginalMessage().lines().findFirst().orElse(""));
                throw new StructureConfigException(problems);
            }
            problems.add(at(shown, e.getLocation()) + path(e) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
            throw new StructureConfigException(problems);
        } catch (JsonProcessingException e) {
            problems.add(at(shown, e.getLocation()) + "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
            throw new StructureConfigException(problems);
        }
        if (config == null) {
            throw new StructureConfigException(List.of(shown + ": empty: it needs at least schemaVersion: '2.0.0'"));
        }
        validate(config, shown, problems);
        if (!problems.isEmpty()) {
            throw new StructureConfigException(problems);
        }
        return config;
    }

    private static void validate(StructureConfig config, String shown, List<String> problems) {
        if (!SCHEMA_VERSIONS.contains(config.schemaVersion())) {
            problems.add(shown + ": schemaVersion " + (config.schemaVersion().isEmpty() ? "missing"
                    : "'" + config.schemaVersion() + "' is not supported") + ": write schemaVersion: '2.0.0'");
        }
        for (int i = 0; i < config.commandTests().size(); i++) {
            CommandTest test = config.commandTests().get(i);
            String where = shown + ": commandTests[" + i + "]" + (test.name().isEmpty() ? "" : " '" + test.name() + "'");
            if (test.name().isEmpty()) {
                problems.add(where + ": no name");
            }
            if (test.command().isEmpty() || test.command().get(0).isEmpty()) {
                problems.add(where + ": no command");
            }
            if (test.setup().stream().anyMatch(List::isEmpty) || test.teardown().stream().anyMatch(List::isEmpty)) {
                problems.add(where + ": an empty setup or teardown command");
            }
            regexes(where, problems, test.expectedOutput(), test.excludedOutput(), test.expectedError(),
                    test.excludedError());
        }
        for (int i = 0; i < config.fileExistenceTests().size(); i++) {
            FileExistenceTest test = config.fileExistenceTests().get(i);
            String where = shown + ": fileExistenceTests[" + i + "]" + (test.name().isEmpty() ? "" : " '" + test.name() + "'");
            if (test.name().isEmpty()) {
                problems.add(where + ": no name");
            }
            if (test.path().isEmpty()) {
                problems.add(where + ": no path");
            }
        }
        for (int i = 0; i < config.fileContentTests().size(); i++) {
            FileContentTest test = config.fileContentTests().get(i);
            String where = shown + ": fileContentTests[" + i + "]" + (test.name().isEmpty() ? "" : " '" + test.name() + "'");
            if (test.name().isEmpty()) {
                problems.add(where + ": no name");
            }
            if (test.path().isEmpty()) {
                problems.add(where + ": no path");
            }
            regexes(where, problems, test.expectedContents(), test.excludedContents());
        }
        MetadataTest metadata = config.metadataTest();
        if (metadata.envVars().stream().anyMatch(pair -> pair.key().isEmpty())
                || metadata.labels().stream().anyMatch(pair -> pair.key().isEmpty())) {
            problems.add(shown + ": metadataTest: an environment variable or label without key");
        }
    }

    @SafeVarargs
    private static void regexes(String where, List<String> problems, List<String>... lists) {
        for (List<String> list : lists) {
            for (String regex : list) {
                Patterns.invalid(regex).ifPresent(why -> problems.add(where + ": '" + regex
                        + "' is not a regular expression: " + why));
            }
        }
    }

    private static String at(String shown, JsonLocation location) {
        return location == null ? shown + ": " : shown + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
    }

    /** What each section of the file is read as, by its JSON pointer with list indexes as {@code N}. */
    private static final Map<String, Class<? extends Record>> SECTIONS = Map.ofEntries(
            Map.entry("", StructureConfig.class),
            Map.entry("/globalEnvVars/N", KeyValue.class),
            Map.entry("/commandTests/N", CommandTest.class),
            Map.entry("/commandTests/N/envVars/N", KeyValue.class),
            Map.entry("/fileExistenceTests/N", FileExistenceTest.class),
            Map.entry("/fileContentTests/N", FileContentTest.class),
            Map.entry("/metadataTest", MetadataTest.class),
            Map.entry("/metadataTest/envVars/N", KeyValue.class),
            Map.entry("/metadataTest/unboundEnvVars/N", KeyValue.class),
            Map.entry("/metadataTest/labels/N", KeyValue.class),
            Map.entry("/licenseTests/N", LicenseTest.class),
            Map.entry("/containerRunOptions", ContainerRunOptions.class));

    /** Every key that is not in its section's record, with its line and column; none when the YAML cannot be read. */
    private static List<String> unknownKeys(String yaml, String shown) {
        List<String> problems = new ArrayList<>();
        try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME) {
                    continue;
                }
                String section = parser.getParsingContext().getParent().pathAsPointer().toString();
                Class<? extends Record> type = SECTIONS.get(section.replaceAll("/\\d+(?=/|$)", "/N"));
                String key = parser.currentName();
                if (type != null && Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                        .noneMatch(key::equals)) {
                    problems.add(at(shown, parser.currentTokenLocation()) + "unknown key '" + key + "' in "
                            + section(section) + " (not in container-structure-test's schema)");
                }
            }
        } catch (IOException e) {
            // reading it again reports the syntax error
        }
        return problems;
    }

    private static String section(String path) {
        return path.isEmpty() ? "the file's top level"
                : path.substring(1).replaceAll("/(\\d+)", "[$1]").replace('/', '.');
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "the file" : path.toString();
    }
}
