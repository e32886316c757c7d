// A change to base builds base and app, which builds FROM base's image; other is left alone.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] base: changed: Dockerfile since base-1.0.0')
assert log =~ /\[INFO\] app: changed: base .*since base-1\.0\.0/
assert log =~ /\[INFO\] other: unchanged since other-1\.0\.0/
assert new File(basedir, 'target/dockci/changes.txt').readLines() == ['base', 'app']

// the modules each one builds FROM, for scripts/fan-out.sh: app goes with base
def bases = { module ->
    def metadata = new Properties()
    new File(basedir, "${module}/target/dockci/metadata.properties").withInputStream { metadata.load(it) }
    metadata.getProperty('dockci.bases')
}
assert bases('app') == 'base'
assert bases('base') == ''
assert bases('other') == ''
def index = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dockci/build.json'))
assert index.containers.collectEntries { [(it.name): it.bases] } == [base: [], app: ['base'], other: []]
