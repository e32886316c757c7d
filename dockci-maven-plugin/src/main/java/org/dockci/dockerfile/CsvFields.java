package org.dockci.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** One line of comma-separated values as BuildKit reads {@code --mount} and {@code --device}. */
final class CsvFields {

    private CsvFields() {
    }

    /**
     * The fields of {@code line}: plain, or in double quotes with {@code ""} for a quote.
     *
     * @throws IllegalArgumentException with Go's message for an empty line or a misplaced quote
     */
    static List<String> parse(String line) {
        String text = line;
        if (text.endsWith("\r\n")) {
            text = text.substring(0, text.length() - 2);
        } else if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("EOF");
        }
        List<String> fields = new ArrayList<>();
        int i = 0;
        while (true) {
            if (i == text.length() || text.charAt(i) != '"') {
                int comma = text.indexOf(',', i);
                String field = comma < 0 ? text.substring(i) : text.substring(i, comma);
                int quote = field.indexOf('"');
                if (quote >= 0) {
                    throw error(i + quote, "bare \" in non-quoted-field");
                }
                fields.add(field);
                if (comma < 0) {
                    return fields;
                }
                i = comma + 1;
                continue;
            }
            StringBuilder field = new StringBuilder();
            i++;
            while (true) {
                int quote = text.indexOf('"', i);
                if (quote < 0) {
                    throw error(i, "extraneous or missing \" in quoted-field");
                }
                field.append(text, i, quote);
                i = quote + 1;
                if (i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else if (i < text.length() && text.charAt(i) == ',') {
                    fields.add(field.toString());
                    i++;
                    break;
                } else if (i == text.length()) {
                    fields.add(field.toString());
                    return fields;
                } else {
                    throw error(i - 1, "extraneous or missing \" in quoted-field");
                }
            }
        }
    }

    private static IllegalArgumentException error(int position, String what) {
        return new IllegalArgumentException("parse error on line 1, column " + (position + 1) + ": " + what);
    }
}
