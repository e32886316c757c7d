package org.dockci.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.dockci.dockerfile.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintFindingsTest {

    private static final String WEB = "containers/web/Dockerfile";

    @Test
    void findingsComeBackWithTheirSeverityStyleIncluded(@TempDir Path folder) throws Exception {
        LintedFile web = new LintedFile(WEB, true, List.of("DL3008", "DL4000"),
                List.of(new Finding(WEB, new Position(3, 5), Severity.WARNING, "DL3008", "Pin <versions> & \"more\" — é"),
                        new Finding(WEB, new Position(9, 1), Severity.STYLE, "DL4000", "MAINTAINER is deprecated")),
                FailureThreshold.ERROR);
        LintedFile clean = new LintedFile("containers/api/Dockerfile", true, List.of(), List.of(), FailureThreshold.ERROR);

        LintRun.writeReports(List.of(web, clean), folder);
        LintFindings read = LintFindings.read(folder);

        assertEquals(List.of(WEB, "containers/api/Dockerfile"), read.files());
        assertEquals(web.findings(), read.findings());
        assertEquals(1, read.count(Severity.STYLE));
        assertEquals(0, read.count(Severity.INFO));
    }
}
