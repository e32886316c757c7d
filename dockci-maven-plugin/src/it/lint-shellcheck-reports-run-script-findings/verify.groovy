// ShellCheck checks each RUN's script, as hadolint does: its findings are SC codes at the line and column of the
// Dockerfile where the words were written (the fourth line of the RUN here), the ARG is a known variable, bash
// (SHELL) knows $RANDOM, the pragma ignores SC2046 in that RUN. Warnings do not fail the build.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] Dockerfile:8:22: warning SC2154 target_dir is referenced but not assigned.')
assert log.contains('[INFO] Dockerfile:8:22: info SC2086 Double quote to prevent globbing and word splitting.')
assert !log.contains('SC2046')
assert !log.contains('app_version is referenced')
assert !log.contains('RANDOM')
assert log.contains('[INFO] shellcheck-module: 1 file, 0 errors, 1 warning, 1 info, 0 style')
assert !log.contains('ShellCheck checks (SC codes) skipped')
assert log.contains('BUILD SUCCESS')

def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/dockci/TEST-dockci-lint.xml'))
def failed = junit.'**'.findAll { it.name() == 'testcase' && it.failure.size() > 0 }*.@name*.text()
assert failed.sort() == ['SC2086', 'SC2154']
def checkstyle = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/dockci/checkstyle-lint.xml'))
def sc2154 = checkstyle.file.error.find { it.@source.text().contains('SC2154') }
assert sc2154.@line.text() == '8'
assert sc2154.@column.text() == '22'
