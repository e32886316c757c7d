// The dry run listed exactly what the rules say and deleted nothing; the apply deleted those tags and only those;
// the registry's tags list confirms. Then the registry prebuild.groovy started is stopped, whatever the outcome.
import groovy.json.JsonSlurper

def folder = new File(basedir, 'registry')
try {
    def expected = new Properties()
    new File(basedir, 'expected.properties').withReader { expected.load(it) }
    def deleted = expected.deleted.split(',') as List
    def kept = expected.kept.split(',') as List
    def log = new File(basedir, 'build.log').text

    def tagsOf = { report -> report.images.find { it.repository == 'dockci/app' }.tags }
    def dryRun = new JsonSlurper().parse(new File(basedir, 'target/dry-run/prune.json'))
    assert dryRun.applied == false
    assert tagsOf(dryRun).findAll { it.action == 'delete' }*.tag.sort() == deleted
    assert tagsOf(dryRun).findAll { it.action == 'keep' }*.tag.sort() == kept
    assert tagsOf(dryRun).find { it.tag == 'bobs-test' }.reason == 'unknown, kept'
    assert log.contains('dockci/app: would delete 6 tags (5 manifests)')
    assert log.contains('dockci:prune: a dry run, nothing deleted; -Ddockci.prune.apply=true deletes')
    assert log =~ /dockci:prune: 1 image, 12 tags, in [0-9.]+ s/

    // the apply, run after the dry run, found the same tags to delete: the dry run deleted none
    def applied = new JsonSlurper().parse(new File(basedir, 'target/dockci/prune.json'))
    assert applied.applied == true
    assert tagsOf(applied).findAll { it.action == 'delete' }*.tag.sort() == deleted
    assert log.contains('dockci/app: deletes 6 tags (5 manifests)')
    assert log.contains('dockci/app: deleted 5 manifests')

    def left = new JsonSlurper().parse(new URL("http://${expected.address}/v2/dockci/app/tags/list")).tags.sort()
    assert left == kept
} finally {
    def pid = new File(folder, 'pid')
    if (pid.exists()) {
        ProcessHandle.of(pid.text.trim() as long).ifPresent { process ->
            process.descendants().forEach { it.destroy() }
            process.destroy()
        }
    }
}
