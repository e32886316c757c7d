// Bad lint input is named once, with what to do: unknown rule codes are warnings naming where they were
// given, a binary Dockerfile is one DC1019 error, not a DC1000 per line of junk.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] dockci:lint: dockci.lint.ignore: unknown rule code DL3OO8: no check of dockci has it')
assert log.contains('[WARNING] dockci:lint: dockci.lint.error: unknown rule code XX1234: no check of dockci has it')
assert !log.contains('SC2086:')
def errors = log.readLines().findAll { it.startsWith('[ERROR] Dockerfile:') }
assert errors.size() == 1
assert errors[0] ==~ /\[ERROR\] Dockerfile:\d+:1: error DC1019 not a text file: .*/
assert !log.contains('DC1000')
assert log.contains('[INFO] junk-module: 1 file, 1 error, 0 warnings, 0 info, 0 style')
