// A module whose Dockerfile has no finding passes validate, says so in one summary line, and writes both reports.
def log = new File(basedir, 'build.log').text
assert log.contains("--- dockci:${pluginVersion}:lint (default) @ clean-module ---")
assert log.contains('[INFO] clean-module: 1 file, 0 errors, 0 warnings, 0 info, 0 style')
assert !(log =~ /Dockerfile:\d+:\d+:/)

def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/dockci/TEST-dockci-lint.xml'))
assert junit.@failures.text() == '0'
assert junit.'**'.findAll { it.name() == 'testcase' }.size() > 1
def checkstyle = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/dockci/checkstyle-lint.xml'))
assert checkstyle.file.size() == 1
assert checkstyle.file.error.size() == 0
