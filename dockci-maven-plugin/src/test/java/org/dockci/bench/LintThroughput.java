package org.dockci.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dockci.lint.DockerfileFinder;
import org.dockci.lint.LintConfig;
import org.dockci.lint.LintRun;
import org.dockci.lint.LintedFile;

/**
 * Benchmark (run by bench/lint.sh, not a test): lints a corpus of at least 1,000 Dockerfiles
 * in one JVM, on the thread that calls it, and prints files per second after warm-up.
 * Arguments: the corpus folder (copied over and over into a temporary folder until there are
 * {@code minimumFiles} files), then optionally the minimum number of files and of measured rounds.
 */
public final class LintThroughput {

    private LintThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
        int minimumFiles = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path work = Files.createTempDirectory("dockci-lint-bench");
        try {
            List<Path> files = DockerfileFinder.find(List.of(replicate(corpus, work, minimumFiles)));
            LintRun run = new LintRun(work, LintConfig.EMPTY, work, false);
            for (int i = 0; i < 3; i++) {
                run.lint(files); // warm-up: class loading and JIT
            }
            List<Double> perSecond = new ArrayList<>();
            int findings = 0;
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                List<LintedFile> linted = run.lint(files);
                double seconds = (System.nanoTime() - start) / 1e9;
                perSecond.add(files.size() / seconds);
                findings = linted.stream().mapToInt(file -> file.findings().size()).sum();
            }
            perSecond.sort(Double::compare);
            System.out.printf(Locale.ROOT, "lint: %d files, %d findings a round; files/s over %d rounds: "
                    + "median %.0f, min %.0f, max %.0f%n", files.size(), findings, rounds,
                    perSecond.get(rounds / 2), perSecond.get(0), perSecond.get(rounds - 1));
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static Path replicate(Path corpus, Path work, int minimumFiles) throws IOException {
        List<Path> sources = DockerfileFinder.find(List.of(corpus));
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no Dockerfile under " + corpus);
        }
        int copies = 0;
        for (int round = 0; copies < minimumFiles; round++) {
            for (Path source : sources) {
                Path target = work.resolve("copy-" + round).resolve(corpus.relativize(source));
                Files.createDirectories(target.getParent());
                Files.copy(source, target);
                copies++;
            }
        }
        return work;
    }
}
