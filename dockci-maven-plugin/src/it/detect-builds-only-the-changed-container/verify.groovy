// A commit that touches only other/ builds only other; base and app say since which release they are unchanged.
def log = new File(basedir, 'build.log').text
def head = ['git', 'rev-parse', '--short=7', 'HEAD'].execute(null, basedir).text.trim()
assert log.contains('[INFO] other: changed: Dockerfile since other-1.0.0')
assert log =~ /\[INFO\] base: unchanged since base-1\.0\.0 \([0-9a-f]{7}\)/
assert log =~ /\[INFO\] app: unchanged since app-1\.0\.0 \([0-9a-f]{7}\)/
assert new File(basedir, 'target/dockci/changes.txt').readLines() == ['other']
assert log.contains('dockci changes: 1 of 3 containers to build (target/dockci/changes.txt):')

def other = new Properties()
new File(basedir, 'other/target/dockci/metadata.properties').withInputStream { other.load(it) }
assert other['dockci.changed'] == 'true'
assert other['dockci.baseline'] == 'other-1.0.0'
assert other['dockci.tag'] == "1.0.1-dev.$head"
assert other['dockci.tags.deploy'] == 'main'
def base = new Properties()
new File(basedir, 'base/target/dockci/metadata.properties').withInputStream { base.load(it) }
assert base['dockci.changed'] == 'false'

// build.json: the same answers for every container, in reactor order, for scripts
def index = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dockci/build.json'))
assert index.format == 1
assert index.changes == 'auto'
assert index.buildId == other['dockci.build.id']
assert index.containers*.name == ['base', 'app', 'other']
def otherEntry = index.containers.find { it.name == 'other' }
assert otherEntry.changed == true
assert otherEntry.verdict == 'paths'
assert otherEntry.reason == 'changed: Dockerfile since other-1.0.0'
assert otherEntry.path == 'other'
assert otherEntry.candidate == "1.0.1-dev.$head"
assert otherEntry.deploy == ['main']
assert otherEntry.image == other['dockci.image']
def baseEntry = index.containers.find { it.name == 'base' }
assert baseEntry.changed == false
assert baseEntry.verdict == 'unchanged'
assert baseEntry.candidate == base['dockci.tag']
assert baseEntry.baseline == 'base-1.0.0'
