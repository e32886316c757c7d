// A RUN that fails stops the build at docker:build with Docker's own message; its container is not left behind.
def name = new File(basedir, 'package-name.txt').text.trim()
def log = new File(basedir, 'build.log').text
assert log.contains("Unable to locate package $name")
assert log =~ /Failed to execute goal io\.fabric8:docker-maven-plugin:[^:]+:build \(build-image\)/
// the package name is this run's own (prebuild.groovy): another build's containers are not judged
def left = ['docker', 'ps', '-a', '--no-trunc', '--format', '{{.Command}}'].execute().text
assert !left.contains(name): "the failed RUN's container is still there:\n$left"
