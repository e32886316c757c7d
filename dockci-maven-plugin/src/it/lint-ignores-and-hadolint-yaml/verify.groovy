// Inline pragma, root and local .hadolint.yaml and POM parameters, each applied where it should be.
def log = new File(basedir, 'build.log').text
// the pragma covers the next instruction only
assert !log.contains('app/Dockerfile:4:1:')
assert log.contains('[ERROR] app/Dockerfile:5:1: error DL3020 Use COPY instead of ADD for files and folders')
// app/.hadolint.yaml raises DL3008 from warning to error; the finding points at the apt-get install
assert log.contains('[ERROR] app/Dockerfile:6:23: error DL3008 Pin versions in apt get install.')
// the root .hadolint.yaml ignores DL3059 everywhere
assert !log.contains('DL3059')
// the POM ignores DL4000, although the root file makes it an error
assert !log.contains('DL4000')
// failureThreshold none: findings are reported, the build passes
assert log.contains('[INFO] app: 1 file, 2 errors, 0 warnings, 0 info, 0 style')
assert log.contains('BUILD SUCCESS')
