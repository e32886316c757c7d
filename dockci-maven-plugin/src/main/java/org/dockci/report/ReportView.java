package org.dockci.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dockci.lint.Finding;
import org.dockci.lint.LintFindings;
import org.dockci.lint.Severity;
import org.dockci.packages.InstalledPackage;
import org.dockci.packages.PackageDiff;
import org.dockci.packages.PackageDiffReport;
import org.dockci.version.ImageMetadata;

/**
 * What the templates show, worded: the report's facts turned into texts and lists, the same for the page and the
 * note. Texts are plain: the templates' escapers make them safe (and take credentials out) where they are written.
 */
final class ReportView {

    /** A failing test's message is cut here in the note: a merge request note stays short. */
    private static final int NOTE_MESSAGE = 300;

    private ReportView() {
    }

    static Map<String, Object> of(RunReport report, String timelineSvg) {
        Map<String, Object> view = new LinkedHashMap<>();
        List<ModuleReport> modules = report.modules();
        view.put("outcome", report.failed() ? "failed"
                : !report.with(ModuleReport.Status.NOT_REACHED).isEmpty() ? "incomplete" : "passed");
        view.put("written", time(report.written()));
        view.put("started", report.started().map(ReportView::time).orElse("no build recorded"));
        view.put("repository", report.repository());
        view.put("hasRepository", !report.repository().isBlank());
        view.put("commit", report.commit());
        view.put("commitShort", report.commit().substring(0, Math.min(7, report.commit().length())));
        view.put("branch", report.branch());
        view.put("otherFailures", report.otherFailures());
        view.put("hasOtherFailures", !report.otherFailures().isEmpty());
        view.put("containers", modules.size());
        view.put("passed", report.with(ModuleReport.Status.PASSED).size());
        view.put("failed", report.with(ModuleReport.Status.FAILED).size());
        view.put("unchanged", report.with(ModuleReport.Status.UNCHANGED).size());
        view.put("notBuilt", report.with(ModuleReport.Status.NOT_BUILT).size());
        view.put("notReached", report.with(ModuleReport.Status.NOT_REACHED).size());
        view.put("pushedCount", modules.stream().filter(ModuleReport::pushed).count());
        long errors = lintCount(modules, Severity.ERROR);
        view.put("lintTotals", lintText(errors, lintCount(modules, Severity.WARNING), lintCount(modules, Severity.INFO),
                lintCount(modules, Severity.STYLE)));
        long testsPassed = modules.stream().mapToLong(module -> module.tests().count(TestCase.Result.PASSED)).sum();
        long testsFailed = modules.stream().mapToLong(module -> module.tests().count(TestCase.Result.FAILED)
                + module.tests().count(TestCase.Result.ERROR)).sum();
        view.put("testTotals", testsPassed + " passed, " + testsFailed + " failed");
        view.put("timeline", timelineSvg);
        List<Map<String, Object>> rows = modules.stream().map(ReportView::module).toList();
        view.put("modules", rows);
        // the note lists the unchanged containers on one line: a hundred of them stay one line
        view.put("changedModules", rows.stream().filter(row -> !"unchanged".equals(row.get("status"))).toList());
        List<String> unchanged = report.with(ModuleReport.Status.UNCHANGED).stream().map(ModuleReport::module).toList();
        view.put("unchangedList", String.join(", ", unchanged));
        view.put("hasUnchanged", !unchanged.isEmpty());
        return view;
    }

    /** {@code 2026-12-04 21:24:26 UTC}. */
    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", " UTC");
    }

    private static Map<String, Object> module(ModuleReport module) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", module.module());
        row.put("path", module.path());
        row.put("status", module.status().label());
        row.put("statusText", statusText(module));
        row.put("open", module.status() == ModuleReport.Status.FAILED);
        Optional<ImageMetadata> metadata = module.metadata();
        row.put("reason", metadata.map(ImageMetadata::reason).orElse("not detected in this build"));
        row.put("version", metadata.map(ImageMetadata::version).orElse(""));
        row.put("candidate", metadata.map(known -> known.image() + ":" + known.tags().candidate()).orElse(""));
        row.put("failure", module.failure());
        row.put("hasFailure", !module.failure().isBlank());
        row.put("notes", module.notes());
        row.put("hasNotes", !module.notes().isEmpty());
        lint(module, row);
        build(module, row);
        tests(module, row);
        tags(module, row);
        packages(module, row);
        row.put("hasSteps", module.run().map(run -> run.goals().stream().anyMatch(goal -> goal.step() != null))
                .orElse(false));
        row.put("steps", module.run().map(run -> run.goals().stream().filter(goal -> goal.step() != null)
                .map(goal -> Map.of("step", goal.step().label(), "goal", goal.goal(),
                        "duration", Figures.duration(goal.duration()), "failed", !goal.succeeded()))
                .toList()).orElse(List.of()));
        return row;
    }

    private static String statusText(ModuleReport module) {
        return switch (module.status()) {
            case PASSED -> "passed";
            case FAILED -> "failed" + (module.failedGoal().isBlank() ? "" : " at " + module.failedGoal());
            case UNCHANGED -> "unchanged, not built";
            case NOT_BUILT -> "changed, not built in this run";
            case NOT_REACHED -> "not reached: the build stopped before it";
        };
    }

    private static void lint(ModuleReport module, Map<String, Object> row) {
        Optional<LintFindings> lint = module.lint();
        row.put("linted", lint.isPresent());
        row.put("lintText", lint.map(found -> found.files().size() + (found.files().size() == 1 ? " file, " : " files, ")
                + lintText(found.count(Severity.ERROR), found.count(Severity.WARNING), found.count(Severity.INFO),
                        found.count(Severity.STYLE))).orElse("not linted in this build"));
        row.put("lintShort", lint.map(found -> found.count(Severity.ERROR) + " E, " + found.count(Severity.WARNING)
                + " W, " + (found.count(Severity.INFO) + found.count(Severity.STYLE)) + " I").orElse("–"));
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding finding : lint.map(LintFindings::findings).orElse(List.of())) {
            findings.add(Map.of("location", finding.file() + ":" + finding.position().line() + ":"
                    + finding.position().column(), "severity", finding.severity().label(), "code", finding.code(),
                    "message", finding.message()));
        }
        row.put("findings", findings);
        row.put("hasFindings", !findings.isEmpty());
        row.put("lintErrors", lint.map(found -> found.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> Map.of("location", f.file() + ":" + f.position().line(), "code", f.code(), "message", f.message()))
                .toList()).orElse(List.of()));
    }

    private static void build(ModuleReport module, Map<String, Object> row) {
        Optional<GoalRun> build = module.run().flatMap(run -> run.goals().stream()
                .filter(goal -> goal.step() == Step.BUILD).findFirst());
        row.put("buildDuration", build.map(goal -> Figures.duration(goal.duration())).orElse(""));
        Optional<ImageRecord> image = module.image();
        row.put("hasImage", image.isPresent() && image.get().id() != null);
        row.put("imageId", image.map(ImageRecord::id).map(id -> id.replaceFirst("^sha256:", "").substring(0,
                Math.min(12, id.replaceFirst("^sha256:", "").length()))).orElse(""));
        row.put("imageSize", image.map(ImageRecord::size).map(Figures::size).orElse(""));
        row.put("sizeChange", image.map(ReportView::sizeChange).orElse(""));
        row.put("registrySizes", image.map(ReportView::registrySizes).orElse(""));
        row.put("imageNote", image.map(ImageRecord::note).orElse(""));
        String text;
        if (module.built()) {
            text = build.map(goal -> "built in " + Figures.duration(goal.duration())).orElse("built");
        } else if (module.run().map(run -> run.ran(Step.BUILD)).orElse(false)) {
            text = "docker:build failed";
        } else {
            text = "not built";
        }
        row.put("buildText", text);
        row.put("sizeShort", image.map(ImageRecord::size).map(size -> Figures.size(size)
                + image.map(ReportView::sizeChangeShort).orElse("")).orElse("–"));
    }

    private static String sizeChange(ImageRecord image) {
        if (image.previous().isEmpty()) {
            return "no previous release";
        }
        String release = image.previous().substring(image.previous().lastIndexOf(':') + 1);
        if (image.size() != null && image.previousSize() != null) {
            return Figures.sizeChange(image.size() - image.previousSize()) + " since " + release + " ("
                    + Figures.size(image.previousSize()) + ", in the engine)";
        }
        if (image.registrySize() != null && image.previousRegistrySize() != null) {
            return Figures.sizeChange(image.registrySize() - image.previousRegistrySize()) + " since " + release
                    + " (in the registry, compressed)";
        }
        return "no change of size known: " + release + " is not in the engine";
    }

    private static String sizeChangeShort(ImageRecord image) {
        if (image.size() != null && image.previousSize() != null) {
            return " (" + Figures.sizeChange(image.size() - image.previousSize()) + ")";
        }
        return "";
    }

    private static String registrySizes(ImageRecord image) {
        List<String> parts = new ArrayList<>();
        if (image.registrySize() != null) {
            parts.add("pushed: " + Figures.size(image.registrySize()));
        }
        if (image.previousRegistrySize() != null) {
            parts.add(image.previous().substring(image.previous().lastIndexOf(':') + 1) + ": "
                    + Figures.size(image.previousRegistrySize()));
        }
        if (image.registrySize() != null && image.previousRegistrySize() != null) {
            parts.add("change " + Figures.sizeChange(image.registrySize() - image.previousRegistrySize()));
        }
        return parts.isEmpty() ? "" : "in the registry (compressed): " + String.join(", ", parts);
    }

    private static void tests(ModuleReport module, Map<String, Object> row) {
        FailsafeReports tests = module.tests();
        List<Map<String, Object>> cases = new ArrayList<>();
        for (TestCase test : tests.tests()) {
            cases.add(Map.of("className", test.simpleClassName(), "name", test.name(), "result", test.result().label(),
                    "time", Figures.seconds(test.seconds()), "message", test.message(),
                    "shortMessage", shorten(test.message()),
                    "failed", test.result() == TestCase.Result.FAILED || test.result() == TestCase.Result.ERROR));
        }
        row.put("tests", cases);
        row.put("failedTests", cases.stream().filter(test -> (boolean) test.get("failed")).toList());
        row.put("hasTests", !cases.isEmpty());
        long failed = tests.count(TestCase.Result.FAILED) + tests.count(TestCase.Result.ERROR);
        String text;
        if (!tests.tests().isEmpty()) {
            text = tests.count(TestCase.Result.PASSED) + " passed, " + failed + " failed"
                    + (tests.count(TestCase.Result.SKIPPED) > 0 ? ", " + tests.count(TestCase.Result.SKIPPED) + " skipped" : "")
                    + module.run().flatMap(run -> run.goals().stream().filter(goal -> goal.step() == Step.TESTS)
                            .findFirst()).map(goal -> " in " + Figures.duration(goal.duration())).orElse("");
        } else if (module.tested()) {
            text = "no test results" + (tests.unreadable().isEmpty() ? "" : " (" + String.join("; ", tests.unreadable()) + ")");
        } else if (module.status() == ModuleReport.Status.UNCHANGED) {
            text = "not run: unchanged";
        } else {
            text = "not run";
        }
        row.put("testText", text);
        row.put("testShort", tests.tests().isEmpty() ? (module.tested() ? "no results" : "–")
                : tests.count(TestCase.Result.PASSED) + " ✓" + (failed > 0 ? ", " + failed + " ✗" : ""));
    }

    private static void tags(ModuleReport module, Map<String, Object> row) {
        List<String> pushed = module.image().map(ImageRecord::pushed).orElse(List.of());
        List<String> notPushed = module.image().map(ImageRecord::notPushed).orElse(List.of());
        row.put("pushed", pushed);
        String text;
        if (!pushed.isEmpty() && !notPushed.isEmpty()) {
            text = "half pushed: pushed " + String.join(", ", pushed) + "; not pushed " + String.join(", ", notPushed);
        } else if (!notPushed.isEmpty()) {
            text = "not pushed: the push failed (" + String.join(", ", notPushed) + ")";
        } else if (!pushed.isEmpty()) {
            text = "pushed: " + String.join(", ", pushed);
        } else if (module.status() == ModuleReport.Status.UNCHANGED) {
            text = "not pushed: unchanged";
        } else if (module.status() == ModuleReport.Status.FAILED) {
            boolean testsFailed = module.run().map(run -> run.ran(Step.TESTS) && !run.passed(Step.TESTS)
                    || run.goals().stream().anyMatch(goal -> !goal.succeeded()
                            && (goal.goal().equals("failsafe:verify") || goal.goal().equals("dockci:structure-verify"))))
                    .orElse(false);
            text = "not pushed: " + (testsFailed ? "tests failed" : "the build failed");
        } else if (module.status() == ModuleReport.Status.PASSED) {
            text = module.run().map(run -> run.ran(Step.PUSH)).orElse(false) ? "not pushed: the push failed"
                    : "not pushed: this build did not deploy";
        } else {
            text = "not pushed";
        }
        row.put("tagsText", text);
        row.put("deployTags", module.metadata().map(known -> String.join(", ", known.tags().deploy())).orElse(""));
    }

    private static void packages(ModuleReport module, Map<String, Object> row) {
        Optional<PackageDiffReport> report = module.packages();
        List<Map<String, Object>> changes = new ArrayList<>();
        report.ifPresent(found -> {
            PackageDiff diff = found.diff();
            diff.upgraded().forEach(change -> changes.add(change(change.name(), "upgraded", change.from(), change.to())));
            diff.downgraded().forEach(change -> changes.add(change(change.name(), "downgraded", change.from(), change.to())));
            for (InstalledPackage added : diff.added()) {
                changes.add(change(added.name(), "added", "", added.version()));
            }
            for (InstalledPackage removed : diff.removed()) {
                changes.add(change(removed.name(), "removed", removed.version(), ""));
            }
        });
        row.put("packageChanges", changes);
        row.put("hasPackageChanges", !changes.isEmpty());
        String text;
        if (report.isPresent()) {
            text = report.get().diff().summary(0) + " since "
                    + report.get().previous().substring(report.get().previous().lastIndexOf(':') + 1);
        } else if (module.run().map(run -> run.passed(Step.PACKAGES)).orElse(false)) {
            text = module.metadata().isPresent() && module.image().map(ImageRecord::previous).orElse("").isEmpty()
                    ? "no package diff: no previous release" : "no package diff (see the build log)";
        } else {
            text = "no package diff: packages not listed in this build";
        }
        row.put("packagesText", text);
    }

    private static Map<String, Object> change(String name, String what, String from, String to) {
        return Map.of("name", name, "change", what, "from", from, "to", to);
    }

    private static long lintCount(List<ModuleReport> modules, Severity severity) {
        return modules.stream().map(ModuleReport::lint).flatMap(Optional::stream).mapToLong(found -> found.count(severity))
                .sum();
    }

    private static String lintText(long errors, long warnings, long infos, long styles) {
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning, " : " warnings, ")
                + infos + " info, " + styles + " style";
    }

    private static String shorten(String message) {
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() <= NOTE_MESSAGE ? line : line.substring(0, NOTE_MESSAGE) + "…";
    }
}
