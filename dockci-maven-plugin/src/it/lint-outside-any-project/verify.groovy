// Outside any project, dockci.lint.paths lints the files and folders given, and only those.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] bad/Dockerfile:2:1: error DL3020 Use COPY instead of ADD for files and folders')
assert !log.contains('not-linted.Dockerfile')
assert log.contains('[INFO] dockci:lint: 3 files, 1 error, 0 warnings, 0 info, 0 style')
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/dockci/TEST-dockci-lint.xml'))
assert junit.testsuite*.@name*.text().sort() == ['bad/Dockerfile', 'good/Dockerfile', 'good/worker.Dockerfile']
