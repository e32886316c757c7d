// A service that never answers fails the build at docker:start's wait, and the container is removed.
def log = new File(basedir, 'build.log').text
assert log =~ /Timeout after \d+ ms while waiting on url http:\/\/127\.0\.0\.1:\d+\//
assert log.contains('Error occurred during container startup, shutting down')
// only this build's containers are judged: those labelled with its identity, which dockci:detect wrote down
def metadata = new Properties()
new File(basedir, 'target/dockci/metadata.properties').withInputStream { metadata.load(it) }
def build = metadata.getProperty('dockci.build.id')
assert build: 'dockci:detect wrote no dockci.build.id'
def left = ['docker', 'ps', '-a', '-q', '--filter', "label=org.dockci.build=$build", '--filter',
            'label=dmp.coordinates=org.dockci.containers:it-silent-service:1.0.0-SNAPSHOT'].execute().text.trim()
assert left.isEmpty(): "containers of build $build left behind: $left"
