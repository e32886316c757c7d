package org.dockci.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import org.dockci.dockerfile.DockerfileParser;
import org.dockci.lint.DockerfileFinder;
import org.dockci.lint.LintConfig;
import org.dockci.lint.LintRun;
import org.dockci.lint.LintedFile;
import org.dockci.lint.shellcheck.ShellCheckMode;

/**
 * Benchmark (run by bench/lint.sh, not a test): how many Dockerfiles {@code dockci:lint}'s core lints per
 * second on one thread ({@link LintRun}: reading each file, its configuration and build context, parsing,
 * every rule), once the JIT has reached its plateau.
 *
 * <p>The main figure is on real-sized files: {@link OfficialShapedDockerfiles}, generated from a fixed seed, one
 * folder each as in a repository of containers. It is measured with ShellCheck off, then with it on (one
 * {@code shellcheck} process per file, whose start dominates). The test corpus' tiny files and parsing alone are
 * measured too, for comparison. Rates are given per second of the lint thread's CPU time, of the whole
 * process's CPU time (the JIT compilers and the garbage collector included) and of wall time (which other work
 * on the machine slows down).
 *
 * <p>Arguments: the tiny corpus folder, the warm-up in seconds of the process's CPU time (default 60: rules
 * were still being compiled after 30 s of it), the time measured for each figure in seconds (default 10), and the number of
 * real-sized files (default 500).
 */
public final class LintThroughput {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /** The system property naming where to write a recording of the measured phase. */
    private static final String RECORDING = "dockci.bench.recording";
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    private LintThroughput() {
    }

    /** What one measured loop did, and how long the JIT compiled and the garbage collector ran meanwhile. */
    private record Rate(long files, long threadCpuNanos, long processCpuNanos, long wallNanos, long jitMillis,
            long gcMillis) {

        double perThreadCpu() {
            return files / (threadCpuNanos / 1e9);
        }

        double perProcessCpu() {
            return files / (processCpuNanos / 1e9);
        }

        double perWall() {
            return files / (wallNanos / 1e9);
        }

        String cpuAndWall() {
            return String.format(Locale.ROOT, "%,.0f files/s of thread CPU, %,.0f of process CPU, %,.0f of wall time"
                    + " [JIT compiling %.1f s, GC %.1f s of the %.1f s]", perThreadCpu(), perProcessCpu(), perWall(),
                    jitMillis / 1e3, gcMillis / 1e3, wallNanos / 1e9);
        }
    }

    /** One unit of work, returning how many files it handled. */
    @FunctionalInterface
    private interface Work {
        int run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
        double warmup = args.length > 1 ? Double.parseDouble(args[1]) : 60;
        double measured = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        Path work = Files.createTempDirectory("dockci-lint-bench");
        try {
            List<String> texts = OfficialShapedDockerfiles.generate(count, 14);
            List<Path> files = write(texts, work.resolve("real"));
            long bytes = texts.stream().mapToLong(String::length).sum();
            long runLines = texts.stream().mapToLong(LintThroughput::runLines).sum();
            System.out.printf(Locale.ROOT, "real-sized: %d generated Dockerfiles of %.1f-%.1f KB (mean %.1f KB,"
                    + " %.0f lines in RUNs each); warm-up %.0f s, then %.0f s measured per figure, one thread%n",
                    files.size(), texts.stream().mapToInt(String::length).min().orElse(0) / 1024.0,
                    texts.stream().mapToInt(String::length).max().orElse(0) / 1024.0,
                    bytes / 1024.0 / files.size(), (double) runLines / files.size(), warmup, measured);

            LintRun run = new LintRun(work, LintConfig.EMPTY, work, false);
            int[] findings = new int[1];
            Work lintAll = () -> {
                List<LintedFile> linted = run.lint(files);
                findings[0] = linted.stream().mapToInt(file -> file.findings().size()).sum();
                return linted.size();
            };
            List<Path> tiny = DockerfileFinder.find(List.of(corpus));
            LintRun tinyRun = new LintRun(corpus, LintConfig.EMPTY, corpus, false);
            Work lintTiny = () -> tinyRun.lint(tiny).size();
            // the tiny files take code paths the real-sized ones do not: both are warmed up
            Recording early = startRecordingEarly();
            Rate warm = warmUp(() -> lintAll.run() + lintTiny.run(), warmup);
            System.out.printf(Locale.ROOT, "  warm-up: %.0f s of the process's CPU took %.0f s of wall time%n",
                    warm.processCpuNanos() / 1e9, warm.wallNanos() / 1e9);
            Rate off = recorded(early, () -> loop(lintAll, measured));
            System.out.printf(Locale.ROOT, "  lint, ShellCheck off: %s (%d findings a round)%n", off.cpuAndWall(),
                    findings[0]);

            Work parseAll = () -> {
                for (String text : texts) {
                    DockerfileParser.parse(text);
                }
                return texts.size();
            };
            loop(parseAll, Math.min(warmup, 5));
            System.out.printf(Locale.ROOT, "  parsing alone (in memory): %s%n", loop(parseAll, measured).cpuAndWall());

            System.out.printf(Locale.ROOT, "  tiny files (the test corpus' %d valid ones, mean %.0f bytes), ShellCheck"
                    + " off: %s%n", tiny.size(), meanSize(tiny), loop(lintTiny, measured).cpuAndWall());

            shellCheckOn(work, files, measured);
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The figure with ShellCheck on, file by file: one {@code shellcheck} process each. */
    private static void shellCheckOn(Path work, List<Path> files, double measured) throws Exception {
        LintRun run;
        try {
            run = new LintRun(work, LintConfig.EMPTY, work, false, ShellCheckMode.REQUIRED);
            run.lint(files.subList(0, 1));
        } catch (org.dockci.lint.LintConfigException e) {
            System.out.println("  lint, ShellCheck on: not measured, no shellcheck on the PATH"
                    + " (scripts/build-env.sh installs it)");
            return;
        }
        int[] next = {0};
        Work oneFile = () -> {
            run.lint(List.of(files.get(next[0]++ % files.size())));
            return 1;
        };
        loop(oneFile, Math.min(measured, 3));
        Rate on = loop(oneFile, measured);
        if (!run.warnings().isEmpty()) {
            System.out.println("  ShellCheck failed on some files: " + run.warnings().get(0));
        }
        System.out.printf(Locale.ROOT, "  lint, ShellCheck on: %,.0f files/s of wall time (%,.0f of the JVM's CPU;"
                + " the shellcheck processes' own CPU is not counted there)%n", on.perWall(), on.perProcessCpu());
    }

    /**
     * When {@link #recorded} will record, a first recording with the same settings, started before the warm-up
     * and dropped after it: the first recording of a JVM instruments some JDK classes, which throws away the
     * JIT's compiled code depending on them; that is done before the warm-up, not in the measured phase.
     */
    private static Recording startRecordingEarly() throws Exception {
        if (System.getProperty(RECORDING) == null) {
            return null;
        }
        Recording early = new Recording(Configuration.getConfiguration("profile"));
        early.setToDisk(false);
        early.start();
        return early;
    }

    /**
     * {@code measure}, under Java Flight Recorder's profile settings when the system property
     * {@value #RECORDING} names a file to write the recording to (bench/lint-profile.sh): only the
     * measured phase is recorded, whatever the warm-up took. {@code early}, {@link #startRecordingEarly}'s
     * recording, is closed first.
     */
    private static Rate recorded(Recording early, Callable<Rate> measure) throws Exception {
        String file = System.getProperty(RECORDING);
        if (file == null) {
            return measure.call();
        }
        early.close(); // before the next starts: the measured one would hold the warm-up's samples too
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            Rate rate = measure.call();
            recording.stop();
            recording.dump(Path.of(file));
            return rate;
        }
    }

    /**
     * Runs {@code work} again and again until the process has used {@code seconds} of CPU time, the JIT
     * compilers' included: on a loaded machine, which gives the JVM less of its core, the warm-up takes longer
     * in wall time rather than leaving the JIT less time to compile.
     */
    private static Rate warmUp(Work work, double seconds) throws Exception {
        long process = PROCESS.getProcessCpuTime();
        long start = System.nanoTime();
        long files = 0;
        do {
            files += work.run();
        } while (PROCESS.getProcessCpuTime() - process < seconds * 1e9);
        return new Rate(files, 0, PROCESS.getProcessCpuTime() - process, System.nanoTime() - start, 0, 0);
    }

    /** Runs {@code work} again and again for {@code seconds} of wall time; what it did. */
    private static Rate loop(Work work, double seconds) throws Exception {
        long files = 0;
        long jit = JIT.getTotalCompilationTime();
        long gc = gcMillis();
        long thread = THREADS.getCurrentThreadCpuTime();
        long process = PROCESS.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            files += work.run();
            now = System.nanoTime();
        } while (now < end);
        return new Rate(files, THREADS.getCurrentThreadCpuTime() - thread, PROCESS.getProcessCpuTime() - process,
                now - start, JIT.getTotalCompilationTime() - jit, gcMillis() - gc);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static List<Path> write(List<String> texts, Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Path file = folder.resolve(String.format(Locale.ROOT, "container-%04d", i)).resolve("Dockerfile");
            Files.createDirectories(file.getParent());
            Files.writeString(file, texts.get(i), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /** The lines of RUN instructions in {@code text}: each RUN's first line and its continuation lines. */
    private static long runLines(String text) {
        long lines = 0;
        boolean inRun = false;
        for (String line : text.split("\n")) {
            inRun = inRun || line.startsWith("RUN ");
            if (inRun) {
                lines++;
            }
            if (!line.endsWith("\\") && !line.startsWith("#")) {
                inRun = false;
            }
        }
        return lines;
    }

    private static double meanSize(List<Path> files) throws IOException {
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        return (double) bytes / files.size();
    }
}
