// A shallow clone cannot be compared with the last release: everything is built, with a warning, never silently skipped.
def log = new File(basedir, 'build.log').text
['base', 'app', 'other'].each {
    assert log =~ /\[WARNING\] shallow clone: $it is built/
    assert log.contains("[INFO] $it: changed: shallow clone")
}
assert new File(basedir, 'target/dockci/changes.txt').readLines() == ['base', 'app', 'other']
