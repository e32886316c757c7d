// A setting detection cannot work with fails the build as the user's to fix ("[ERROR] … dockci:detect: …", no stack
// trace), naming the setting: not as a failure of the build or a bug of the plugin.
def log = new File(basedir, 'build.log').text
assert log.contains("dockci:detect: dockci.changes.sharedPaths: 'containers/[ab' is not a glob (an unclosed [ or {,"
        + " a trailing \\?): correct it")
assert log =~ /Failed to execute goal org\.dockci:dockci-maven-plugin:[^:]+:detect \(default\) on project base/
assert !log.contains('MojoExecutionException')
assert !log.contains('InternalErrorException')
assert !new File(basedir, 'target/dockci/build.json').exists()
