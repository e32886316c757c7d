// Never released: nothing to compare with, so everything is built, and the log says why.
def log = new File(basedir, 'build.log').text
['base', 'app', 'other'].each {
    assert log.contains("[INFO] $it: changed: no baseline, no release tag $it-<version> in HEAD's history")
}
assert new File(basedir, 'target/dockci/changes.txt').readLines() == ['base', 'app', 'other']
