// A service that never answers fails the build at docker:start's wait, and the container is removed.
def log = new File(basedir, 'build.log').text
assert log =~ /Timeout after \d+ ms while waiting on url http:\/\/127\.0\.0\.1:\d+\//
assert log.contains('Error occurred during container startup, shutting down')
def left = ['docker', 'ps', '-a', '-q', '--filter',
            'label=dmp.coordinates=org.dockci.containers:it-silent-service:1.0.0-SNAPSHOT'].execute().text.trim()
assert left.isEmpty(): "containers left behind: $left"
