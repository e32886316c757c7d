// A RUN that fails stops the build at docker:build with Docker's own message; its container is not left behind.
def log = new File(basedir, 'build.log').text
assert log.contains('Unable to locate package no-such-package-dockci-it')
assert log =~ /Failed to execute goal io\.fabric8:docker-maven-plugin:[^:]+:build \(build-image\)/
def left = ['docker', 'ps', '-a', '--no-trunc', '--format', '{{.Command}}'].execute().text
assert !left.contains('no-such-package-dockci-it'): "the failed RUN's container is still there:\n$left"
