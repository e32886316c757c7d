// On a detached HEAD the branch comes from Jenkins' BRANCH_NAME; a snapshot's moving tag is that branch, sanitised.
def app = new Properties()
new File(basedir, 'app/target/dockci/metadata.properties').withInputStream { app.load(it) }
def head = ['git', 'rev-parse', '--short=7', 'HEAD'].execute(null, basedir).text.trim()
assert app['dockci.changed'] == 'true'
assert app['dockci.branch'] == 'feature/Faster-Builds'
assert app['dockci.tag'] == "1.0.1-dev.$head"
assert app['dockci.tags.deploy'] == 'feature-faster-builds'
assert !app['dockci.tags.deploy'].contains('latest')
