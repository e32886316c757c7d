import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dockci.report.ContainerFolder;
import org.dockci.report.JoinedLintReports;
import org.dockci.report.ModuleRun;
import org.dockci.report.Redaction;
import org.dockci.report.RunReport;
import org.dockci.report.RunReportFiles;

/**
 * What writing the run report costs once its code has run before, against the first time in a JVM: writes the
 * report of the container modules of REPOSITORY (their last build's records, their run.json read beforehand as the
 * build that wrote them holds them) ROUNDS times in this one JVM, into a folder of its own, and prints the number of
 * modules, the CPU seconds of the first round and the median of the others. The difference is the fixed cost of a first use: classes loaded, libraries set up (Jackson's
 * readers, jmustache's templates), code run before the JIT compiled it. Run by bench/detect.sh with the plugin's
 * class path: {@code java -cp CLASSPATH bench/ReportWrite.java REPOSITORY OUTPUT [ROUNDS]}.
 */
public final class ReportWrite {

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(args[0]);
        Path output = Files.createDirectories(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<ContainerFolder> containers = new ArrayList<>();
        try (Stream<Path> folders = Files.list(repository.resolve("containers"))) {
            folders.filter(folder -> Files.isRegularFile(folder.resolve("Dockerfile"))).sorted()
                    .forEach(folder -> containers.add(new ContainerFolder(folder.getFileName().toString(),
                            "containers/" + folder.getFileName(), folder.resolve("target"))));
        }
        Map<Path, ModuleRun> recorded = new HashMap<>();
        for (ContainerFolder container : containers) {
            Path folder = container.buildDirectories().get(0).resolve("dockci");
            recorded.put(folder, ModuleRun.read(folder));
        }
        double[] cpu = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            RunReport report = RunReport.read(containers, RunReport.lastSession(containers), recorded, "", List.of(),
                    Instant.now());
            RunReportFiles.write(output, report, Redaction.urlsOnly());
            JoinedLintReports.write(containers, report, output);
            cpu[round] = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start) / 1e9;
        }
        double[] later = Arrays.copyOfRange(cpu, 1, rounds);
        Arrays.sort(later);
        double median = later.length == 0 ? cpu[0] : later.length % 2 == 1 ? later[later.length / 2]
                : (later[later.length / 2 - 1] + later[later.length / 2]) / 2;
        System.out.printf("%d %.3f %.3f%n", containers.size(), cpu[0], median);
    }
}
