package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text, as written, refers to a variable: {@code $NAME} not followed by another character
 * of a name, or {@code ${NAME…}} in any of its forms ({@code ${NAME}}, {@code ${NAME:-x}}…). The
 * text is not parsed: a reference inside single quotes counts too, as in hadolint.
 */
final class VariableReference {

    private VariableReference() {
    }

    /** A variable reference: {@code $NAME} or {@code ${NAME…}}; group 1 or 2 is the name. */
    private static final Pattern REFERENCE =
            Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)|\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

    /** The names of the variables {@code text} refers to, in order, repeats included. */
    static List<String> namesIn(String text) {
        List<String> names = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
            names.add(reference.group(1) != null ? reference.group(1) : reference.group(2));
        }
        return names;
    }

    /** Whether {@code text} refers to the variable {@code name}. */
    static boolean refersTo(String text, String name) {
        if (text.indexOf('$') < 0) {
            return false;
        }
        String quoted = Pattern.quote(name);
        return Pattern.compile("\\$" + quoted + "(?![A-Za-z0-9_])|\\$\\{" + quoted + "(?![A-Za-z0-9_])").matcher(text)
                .find();
    }
}
