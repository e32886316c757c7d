// An engine that does not answer stops the build at dockci:detect, in initialize, before any fabric8 goal, with the
// socket and the variable it came from, and what to do; not fabric8's "Cannot create docker access object".
def log = new File(basedir, 'build.log').text
assert log.contains('dockci:detect: Docker engine not reachable at unix:///missing.sock (DOCKER_HOST): ')
assert log.contains('Start it (scripts/build-env.sh starts dockerd)')
assert log =~ /Failed to execute goal org\.dockci:dockci-maven-plugin:[^:]+:detect \(detect\)/
assert !(log =~ /--- docker:/): 'a fabric8 goal ran'
assert !log.contains('Cannot create docker access object')
