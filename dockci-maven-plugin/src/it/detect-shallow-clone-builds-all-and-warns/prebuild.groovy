evaluate(new File(basedir, '../../../src/it/repository-with-history.groovy'))
// the full repository elsewhere, then a depth-1 fetch of it here: what a CI's shallow clone gives
def origin = new File(basedir.parentFile, basedir.name + '-origin')
origin.deleteDir()
origin.mkdirs()
createRepository(origin)
commitChange(origin, 'other/Dockerfile', 'FROM debian:bookworm-slim\nUSER nobody\nEXPOSE 8080\n', 'other changes')
new File(basedir, 'pom.xml').delete() // the placeholder: the clone brings the real one
git(basedir, 'init', '-q')
git(basedir, 'fetch', '-q', '--depth', '1', 'file://' + origin.absolutePath, 'main')
git(basedir, 'checkout', '-q', '-B', 'main', 'FETCH_HEAD')
assert new File(basedir, '.git/shallow').exists()
null
