// The package name is this run's own, so that the check after the build judges only the container of this
// run's failed RUN, and not that of another build of this repository running the same IT on the same engine.
def name = 'no-such-package-dockci-it-' + UUID.randomUUID().toString().substring(0, 8)
def dockerfile = new File(basedir, 'Dockerfile')
dockerfile.text = dockerfile.text.replace('no-such-package-dockci-it', name)
new File(basedir, 'package-name.txt').text = name
true // the invoker runs the build only when the pre-build script ends true
