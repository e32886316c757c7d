package org.dockci.lint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.dockci.lint.format.LintFormat;
import org.dockci.lint.format.LintFormats;

/**
 * Reads hadolint's configuration file ({@code .hadolint.yaml}) into a {@link LintConfig}: the keys
 * {@code ignored}, {@code override}, {@code trustedRegistries}, {@code failure-threshold} (or
 * {@code failureThreshold}), {@code label-schema} and {@code strict-labels}, and the report formats of
 * {@code format} and {@code formats} ({@link #formats}). The other keys hadolint knows (no-fail, no-color...)
 * are accepted and have no effect; any other key is an error, as it is most likely a typo.
 */
public final class HadolintConfigFile {

    /** The names looked for in a folder, the first one found winning, as hadolint does. */
    public static final List<String> NAMES = List.of(".hadolint.yaml", ".hadolint.yml");

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // hadolint takes `trustedRegistries: docker.io` for a list of one
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final String KEYS =
            "ignored, override, trustedRegistries, failure-threshold, label-schema, strict-labels, format and formats";

    /** What each key must hold, to say so when it holds something else. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("ignored", "a list of rule codes"),
            Map.entry("trustedRegistries", "a registry or a list of registries"),
            Map.entry("override", "a mapping of error, warning, info and style to lists of rule codes"),
            Map.entry("error", "a list of rule codes"),
            Map.entry("warning", "a list of rule codes"),
            Map.entry("info", "a list of rule codes"),
            Map.entry("style", "a list of rule codes"),
            Map.entry("failure-threshold", "one of error, warning, info, style, none"),
            Map.entry("failureThreshold", "one of error, warning, info, style, none"),
            Map.entry("label-schema", "a mapping of label names to types (" + LabelType.names() + ")"),
            Map.entry("strict-labels", "true or false"),
            Map.entry("format", "one of " + LintFormat.names()),
            Map.entry("formats", "a list of " + LintFormat.names()));

    private HadolintConfigFile() {
    }

    /** The configuration file in {@code directory}, if it has one. */
    public static Optional<Path> in(Path directory) {
        return NAMES.stream().map(directory::resolve).filter(Files::isRegularFile).findFirst();
    }

    /** The settings in {@code file}; an empty file sets nothing. */
    public static LintConfig read(Path file) throws IOException, LintConfigException {
        Content content = content(file);
        if (content == null) {
            return LintConfig.EMPTY;
        }
        content.formats(file); // a format no report has is the user's to fix, wherever the file is
        return content.toConfig(file);
    }

    /**
     * The report formats {@code file} names with hadolint's keys {@code format} (one) and {@code formats} (a list),
     * both counting; empty when it names none.
     */
    public static Optional<LintFormats> formats(Path file) throws IOException, LintConfigException {
        Content content = content(file);
        return content == null ? Optional.empty() : content.formats(file);
    }

    /** The file's keys; null for a file that sets nothing. */
    private static Content content(Path file) throws IOException, LintConfigException {
        String yaml = text(file);
        try (JsonParser parser = MAPPER.createParser(yaml)) {
            if (parser.nextToken() == null) {
                // an empty file, or one holding only comments
                return null;
            }
            // null for a document holding only `~`
            return MAPPER.readValue(parser, Content.class);
        } catch (UnrecognizedPropertyException e) {
            // no line number: for records Jackson only notices unknown keys once the mapping is read
            throw new LintConfigException(file + ": unknown key '" + String.join(".", keys(e))
                    + "'. dockci reads hadolint's keys " + KEYS + "; hadolint's other keys are accepted and unused.");
        } catch (JsonProcessingException e) {
            throw new LintConfigException(file + where(e.getLocation()) + ": " + problem(e));
        }
    }

    /** The file's text; a file that is not UTF-8 text is the user's to fix, not an I/O failure. */
    private static String text(Path file) throws IOException, LintConfigException {
        String yaml;
        try {
            yaml = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new LintConfigException(file + ": not a text file: bytes that are not UTF-8. hadolint's"
                    + " configuration is YAML text: save it as UTF-8, or remove it.");
        }
        if (yaml.indexOf('\0') >= 0) {
            throw new LintConfigException(file + ": not a text file: it holds NUL bytes. hadolint's configuration"
                    + " is YAML text: write it as such, or remove it.");
        }
        return yaml;
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : ":" + location.getLineNr() + ":" + location.getColumnNr();
    }

    private static String problem(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch) {
            List<String> keys = keys(mismatch);
            if (keys.isEmpty()) {
                return "expected a mapping of hadolint's keys";
            }
            // the innermost key whose content is known: label-schema for label-schema.<label>
            String expected = "something else";
            for (String key : keys) {
                expected = EXPECTED.getOrDefault(key, expected);
            }
            return "'" + String.join(".", keys) + "' must be " + expected;
        }
        // A YAML syntax error. The parser's message alternates what it was doing and what it found with
        // indented lines quoting the source; the place is already in front, so only the words are kept.
        return e.getOriginalMessage().lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining(": "));
    }

    /** The keys leading to the problem, list indexes left out: {@code [override, error]}. */
    private static List<String> keys(JsonMappingException e) {
        return e.getPath().stream().map(JsonMappingException.Reference::getFieldName).filter(Objects::nonNull)
                .toList();
    }

    /** The file's keys that dockci uses; the other keys hadolint knows are listed to be skipped. */
    @JsonIgnoreProperties({"no-fail", "no-color", "verbose", "disable-ignore-pragma"})
    record Content(List<String> ignored, Overrides override, List<String> trustedRegistries,
            @JsonProperty("failure-threshold") String failureThreshold,
            @JsonProperty("failureThreshold") String failureThresholdCamelCase,
            @JsonProperty("label-schema") Map<String, String> labelSchema,
            @JsonProperty("strict-labels") Boolean strictLabels,
            String format, List<String> formats) {

        /** The report formats of {@code format} and {@code formats}, hadolint's names accepted. */
        Optional<LintFormats> formats(Path file) throws LintConfigException {
            List<String> names = new ArrayList<>();
            if (format != null) {
                names.add(format);
            }
            if (formats != null) {
                names.addAll(formats);
            }
            for (String name : names) {
                // one name per entry, as hadolint reads it: "sarif,gitlab" is no format
                try {
                    LintFormat.parse(name == null ? "" : name);
                } catch (IllegalArgumentException e) {
                    String key = format != null && format.equals(name) ? "format" : "formats";
                    throw new LintConfigException(file + ": " + key + ": " + e.getMessage() + ".");
                }
            }
            return LintFormats.parse(names);
        }

        LintConfig toConfig(Path file) throws LintConfigException {
            Overrides levels = override != null ? override : new Overrides(null, null, null, null);
            return new LintConfig(setOf(ignored),
                    LintConfig.overrides(levels.error(), levels.warning(), levels.info(), levels.style()),
                    setOf(trustedRegistries), threshold(file), schema(file), strictLabels);
        }

        /** The label schema, each type read as hadolint names it (an empty one is text). */
        private Map<String, LabelType> schema(Path file) throws LintConfigException {
            Map<String, LabelType> schema = new TreeMap<>();
            if (labelSchema == null) {
                return schema;
            }
            for (Map.Entry<String, String> label : labelSchema.entrySet()) {
                try {
                    schema.put(label.getKey(), LabelType.parse(label.getValue()));
                } catch (IllegalArgumentException e) {
                    throw new LintConfigException(file + ": label-schema." + label.getKey() + ": " + e.getMessage()
                            + ".");
                }
            }
            return schema;
        }

        /** The entries of a list that may be absent, or hold empty entries (LintConfig drops them). */
        private static Set<String> setOf(List<String> entries) {
            return entries != null ? new HashSet<>(entries) : Set.of();
        }

        private FailureThreshold threshold(Path file) throws LintConfigException {
            if (failureThreshold != null && failureThresholdCamelCase != null) {
                throw new LintConfigException(
                        file + ": failure-threshold and failureThreshold are both set: keep one.");
            }
            String name = failureThreshold != null ? failureThreshold : failureThresholdCamelCase;
            if (name == null) {
                return null;
            }
            try {
                return FailureThreshold.parse(name);
            } catch (IllegalArgumentException e) {
                throw new LintConfigException(file + ": " + e.getMessage() + ".");
            }
        }
    }

    /** hadolint's {@code override:} mapping. */
    record Overrides(List<String> error, List<String> warning, List<String> info, List<String> style) {
    }
}
