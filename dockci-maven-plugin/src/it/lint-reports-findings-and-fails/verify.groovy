// Every finding is one line FILE:LINE:COL: SEVERITY CODE message, then the summary; errors fail the build once.
// The apt-get install on the RUN's second line is reported there (5:5), not at the RUN (4:1).
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Dockerfile:2:1: error DL4000 MAINTAINER is deprecated')
assert log.contains('[ERROR] Dockerfile:3:1: error DL3020 Use COPY instead of ADD for files and folders')
assert log.contains('[WARNING] Dockerfile:5:5: warning DL3008 Pin versions in apt get install.')
assert log.contains('[INFO] Dockerfile:5:5: info DL3015 Avoid additional packages by specifying `--no-install-recommends`')
assert log.contains('[INFO] bad-module: 1 file, 2 errors, 1 warning, 1 info, 0 style')
assert log.contains('dockci:lint: 1 Dockerfile has findings at or above the failure threshold; see the lines above')

def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/dockci/TEST-dockci-lint.xml'))
def failed = junit.'**'.findAll { it.name() == 'testcase' && it.failure.size() > 0 }*.@name*.text()
assert failed.containsAll(['DL4000', 'DL3020', 'DL3008', 'DL3015'])
def checkstyle = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/dockci/checkstyle-lint.xml'))
assert checkstyle.file.error.find { it.@source.text().contains('DL3020') }.@line.text() == '3'
// a finding about one command of a multi-line RUN names that command's line
assert checkstyle.file.error.find { it.@source.text().contains('DL3008') }.@line.text() == '5'
