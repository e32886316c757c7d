package org.dockci.packages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code target/dockci/package-diff.json} and {@code package-diff.md}: what changed in the packages of a
 * container's image since its previous release. The JSON is for the run report and scripts, the Markdown for
 * a person (a merge-request note).
 *
 * @param module   the container, {@code x3-webdav}
 * @param previous the previous release's image, {@code localhost:5000/dockci/x3-webdav:1.0.0}
 * @param image    the image built now
 * @param diff     what changed
 */
public record PackageDiffReport(String module, String previous, String image, PackageDiff diff) {

    /** The files' names without extension. */
    public static final String NAME = "package-diff";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes both files into {@code directory}. */
    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        JSON.writeValue(directory.resolve(NAME + ".json").toFile(), this);
        Files.writeString(directory.resolve(NAME + ".md"), markdown());
    }

    /** Reads the JSON file back. */
    public static PackageDiffReport read(Path directory) throws IOException {
        return JSON.readValue(directory.resolve(NAME + ".json").toFile(), PackageDiffReport.class);
    }

    /** A heading and one table of every change. */
    public String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("### ").append(module).append(": packages since ").append(code(previous)).append("\n\n");
        text.append("Image ").append(code(image)).append(": ").append(diff.summary(0))
                .append(".\n");
        if (diff.nothingChanged()) {
            return text.toString();
        }
        text.append("\n| package | change | from | to |\n|---|---|---|---|\n");
        rows(text, diff.upgraded(), "upgraded");
        rows(text, diff.downgraded(), "downgraded");
        for (InstalledPackage added : diff.added()) {
            text.append("| ").append(cell(added.name())).append(" | added |  | ").append(cell(added.version())).append(" |\n");
        }
        for (InstalledPackage removed : diff.removed()) {
            text.append("| ").append(cell(removed.name())).append(" | removed | ").append(cell(removed.version()))
                    .append(" |  |\n");
        }
        return text.toString();
    }

    private static void rows(StringBuilder text, List<PackageDiff.VersionChange> changes, String what) {
        for (PackageDiff.VersionChange change : changes) {
            text.append("| ").append(cell(change.name())).append(" | ").append(what).append(" | ")
                    .append(cell(change.from())).append(" | ").append(cell(change.to())).append(" |\n");
        }
    }

    private static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
