package org.dockci.retention;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a prune decided, for people (one summary line per image, one line per tag) and for scripts
 * ({@code prune.json}: per image, every tag with its digest, {@code keep} or {@code delete}, and the reason).
 */
public final class PruneReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PruneReport() {
    }

    /** {@code dockci/x3-webdav: would delete 7 tags (6 manifests), 1.2 MB; keeps 9 tags}. */
    public static String summary(ImagePlan image, boolean apply) {
        RetentionPlan plan = image.plan();
        return image.repository() + ": " + (apply ? "deletes " : "would delete ") + plan.deleted().size() + " tags ("
                + plan.digestsToDelete().size() + " manifests), " + bytes(image.bytesFreed()) + " freed by the next"
                + " garbage collection; keeps " + plan.kept().size() + " tags";
    }

    /** One line per tag, the deleted ones first: {@code delete 1.4.1-dev.3f2c1ab sha256:0123456789ab: reason}. */
    public static List<String> tagLines(ImagePlan image) {
        List<String> lines = new ArrayList<>();
        for (TagDecision decision : image.plan().deleted()) {
            lines.add(line("delete", decision));
        }
        for (TagDecision decision : image.plan().kept()) {
            lines.add(line("keep  ", decision));
        }
        return lines;
    }

    private static String line(String action, TagDecision decision) {
        String digest = decision.tag().digest();
        return action + " " + decision.tag().tag() + " " + digest.substring(0, Math.min(digest.length(), 19)) + ": "
                + decision.verdict().reason();
    }

    /** Bytes for people: {@code 532 B}, {@code 12.3 kB}, {@code 1.2 MB}, {@code 3.4 GB} (powers of 1000). */
    public static String bytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** Writes {@code prune.json}: the registry, whether it deleted, and each image's decisions. */
    public static void writeJson(Path file, String registry, boolean apply, List<ImagePlan> images) throws IOException {
        List<Map<String, Object>> imageEntries = new ArrayList<>();
        for (ImagePlan image : images) {
            List<Map<String, Object>> tags = new ArrayList<>();
            for (TagDecision decision : image.plan().decisions()) {
                Map<String, Object> tag = new LinkedHashMap<>();
                tag.put("tag", decision.tag().tag());
                tag.put("digest", decision.tag().digest());
                tag.put("action", decision.verdict().deletes() ? "delete" : "keep");
                tag.put("reason", decision.verdict().reason());
                tags.add(tag);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("repository", image.repository());
            entry.put("bytesFreed", image.bytesFreed());
            entry.put("manifestsDeleted", image.plan().digestsToDelete().size());
            entry.put("tags", tags);
            imageEntries.add(entry);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("registry", registry);
        report.put("applied", apply);
        report.put("images", imageEntries);
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), report);
    }
}
