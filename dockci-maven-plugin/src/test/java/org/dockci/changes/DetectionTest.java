package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dockci.dockerfile.ImageReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One build's detection: what every module's goal shares, read once per build, and nothing kept for the next. */
class DetectionTest {

    @TempDir
    Path directory;

    private static ImageReference image(String module) {
        return ImageReference.of("localhost:5000/dockci/" + module);
    }

    /** The modules a and b of {@code repo}; counts how often the folders are listed. */
    private static final class CountedFolders implements Supplier<Map<String, Path>> {

        final AtomicInteger calls = new AtomicInteger();
        private final ContainerRepository repo;

        CountedFolders(ContainerRepository repo) {
            this.repo = repo;
        }

        @Override
        public Map<String, Path> get() {
            calls.incrementAndGet();
            Map<String, Path> folders = new LinkedHashMap<>();
            repo.modules().forEach(module -> folders.put(module.name(), module.directory()));
            return folders;
        }
    }

    @Test
    void theFoldersAreListedOncePerBuildHoweverManyModulesAsk() throws Exception {
        try (ContainerRepository repo = ContainerRepository.released(directory, "a", "b");
                Detection build = new Detection()) {
            CountedFolders folders = new CountedFolders(repo);

            List<ContainerModule> first = build.reactor(folders, DetectionTest::image);
            List<ContainerModule> second = build.reactor(folders, DetectionTest::image);

            assertEquals(1, folders.calls.get());
            assertSame(first, second);
            assertTrue(build.isLast(repo.moduleNamed("b")));
            assertFalse(build.isLast(repo.moduleNamed("a")));
        }
    }

    @Test
    void theNextBuildListsTheFoldersAndReadsGitAgain() throws Exception {
        try (ContainerRepository repo = ContainerRepository.released(directory, "a", "b")) {
            CountedFolders folders = new CountedFolders(repo);
            DetectSettings settings = DetectSettings.defaults();
            try (Detection first = new Detection()) {
                first.reactor(folders, DetectionTest::image);
                assertFalse(first.detector(settings).detect(repo.moduleNamed("a"), repo.modules()).changed());
            }
            repo.git.write("containers/a/Dockerfile", "FROM debian:trixie-slim\n").commit("a moves on");

            try (Detection next = new Detection()) {
                next.reactor(folders, DetectionTest::image);
                assertTrue(next.detector(settings).detect(repo.moduleNamed("a"), repo.modules()).changed());
            }
            assertEquals(2, folders.calls.get());
        }
    }

    @Test
    void modulesWithOtherParentPomsGetADetectorOfTheirOwn() throws Exception {
        try (ContainerRepository repo = ContainerRepository.released(directory, "a");
                Detection build = new Detection()) {
            DetectSettings plain = DetectSettings.defaults();
            DetectSettings withParent = plain.withSharedInputs(List.of(repo.root().resolve("pom.xml").toString()));

            assertSame(build.detector(plain), build.detector(plain));
            assertNotSame(build.detector(plain), build.detector(withParent));
            assertSame(build.repository(repo.root().resolve("containers/a")), build.repository(repo.root()));
        }
    }

    @Test
    void modulesDetectingAtOnceShareOneReactorOneDetectorAndOneStalenessCheck() throws Exception {
        try (ContainerRepository repo = ContainerRepository.released(directory, "a", "b", "c", "d");
                Detection build = new Detection()) {
            CountedFolders folders = new CountedFolders(repo);
            AtomicInteger checksMade = new AtomicInteger();
            Supplier<StalenessCheck> staleness = () -> {
                checksMade.incrementAndGet();
                return StalenessCheck.NONE;
            };
            DetectSettings refresh = DetectSettings.defaults().withMode(ChangeMode.REFRESH);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<ModuleChange>> changes = new ArrayList<>();
                for (String name : List.of("a", "b", "c", "d")) {
                    Callable<ModuleChange> module = () -> {
                        start.await();
                        List<ContainerModule> reactor = build.reactor(folders, DetectionTest::image);
                        ContainerModule self = reactor.stream().filter(m -> m.name().equals(name)).findFirst()
                                .orElseThrow();
                        return build.detector(refresh, staleness).detect(self, reactor);
                    };
                    changes.add(threads.submit(module));
                }
                start.countDown();
                for (Future<ModuleChange> change : changes) {
                    assertFalse(change.get(30, TimeUnit.SECONDS).changed());
                }
            } finally {
                threads.shutdownNow();
            }
            assertEquals(1, folders.calls.get());
            assertEquals(1, checksMade.get());
            assertEquals(Set.of("a", "b", "c", "d"), Set.copyOf(build.reactor(folders, DetectionTest::image).stream()
                    .map(ContainerModule::name).toList()));
        }
    }
}
