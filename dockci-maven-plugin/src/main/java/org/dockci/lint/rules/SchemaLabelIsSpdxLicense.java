package org.dockci.lint.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dockci.lint.LabelType;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3054: a label of type {@code spdx} in the {@code label-schema} names a license of the SPDX License
 * List by its identifier ({@code Apache-2.0}, {@code BSD-3-Clause}; in any case, deprecated ones too),
 * as {@code org.opencontainers.image.licenses} should. A value a variable decides is not judged.
 *
 * <p>Unlike hadolint, which takes one identifier only, a license expression is valid too, since the
 * OCI annotation holds one: identifiers joined by {@code AND} and {@code OR}, in parentheses, with
 * {@code +} or {@code WITH} a listed exception ({@code GPL-2.0-only WITH Classpath-exception-2.0}), and
 * {@code LicenseRef-…} for a license of one's own. The identifiers are those of the SPDX License List
 * shipped in {@code spdx-license-ids.txt} and {@code spdx-exceptions.txt} beside this class.
 */
public final class SchemaLabelIsSpdxLicense implements Rule {

    private static final Set<String> LICENSES = identifiers("spdx-license-ids.txt");

    private static final Set<String> EXCEPTIONS = identifiers("spdx-exceptions.txt");

    private final Map<String, LabelType> schema;

    /** The rule for the labels of {@code schema} of type {@code spdx}; with none it finds nothing. */
    public SchemaLabelIsSpdxLicense(Map<String, LabelType> schema) {
        this.schema = Map.copyOf(schema);
    }

    @Override
    public String code() {
        return "DL3054";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Label `<label>` is not a valid SPDX identifier.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return Labels.withInvalidValue(input.dockerfile(), schema, LabelType.SPDX, SchemaLabelIsSpdxLicense::isValid,
                "is not a valid SPDX identifier.");
    }

    /** Whether {@code value} is an SPDX license expression of listed licenses and exceptions. */
    static boolean isValid(String value) {
        Expression expression = new Expression(tokens(value));
        return expression.readCompound() && expression.atEnd();
    }

    /** The words and parentheses of an expression. */
    private static List<String> tokens(String value) {
        List<String> tokens = new ArrayList<>();
        for (String word : value.trim().split("\\s+")) {
            StringBuilder current = new StringBuilder();
            for (char c : word.toCharArray()) {
                if (c == '(' || c == ')') {
                    if (current.length() > 0) {
                        tokens.add(current.toString());
                        current.setLength(0);
                    }
                    tokens.add(String.valueOf(c));
                } else {
                    current.append(c);
                }
            }
            if (current.length() > 0) {
                tokens.add(current.toString());
            }
        }
        return tokens;
    }

    /** Reads SPDX's grammar: compound = term ((AND | OR) term)*, term = ( compound ) | license [WITH exception]. */
    private static final class Expression {

        private final List<String> tokens;
        private int next;

        Expression(List<String> tokens) {
            this.tokens = tokens;
        }

        boolean atEnd() {
            return next == tokens.size();
        }

        boolean readCompound() {
            if (!readTerm()) {
                return false;
            }
            while (!atEnd() && isOperator(tokens.get(next), "AND", "OR")) {
                next++;
                if (!readTerm()) {
                    return false;
                }
            }
            return true;
        }

        private boolean readTerm() {
            if (atEnd()) {
                return false;
            }
            String token = tokens.get(next++);
            if (token.equals("(")) {
                boolean inner = readCompound();
                return inner && !atEnd() && tokens.get(next++).equals(")");
            }
            if (!isLicense(token)) {
                return false;
            }
            if (!atEnd() && isOperator(tokens.get(next), "WITH")) {
                next++;
                return !atEnd() && EXCEPTIONS.contains(tokens.get(next++).toLowerCase(Locale.ROOT));
            }
            return true;
        }

        private static boolean isLicense(String token) {
            String id = token.endsWith("+") ? token.substring(0, token.length() - 1) : token;
            return LICENSES.contains(id.toLowerCase(Locale.ROOT))
                    || id.matches("(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+");
        }

        private static boolean isOperator(String token, String... operators) {
            for (String operator : operators) {
                if (token.equals(operator) || token.equals(operator.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The identifiers of a list beside this class, one a line, {@code #} starting a comment; lower-cased. */
    private static Set<String> identifiers(String resource) {
        try (InputStream in = SchemaLabelIsSpdxLicense.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the plugin");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
