// A Dockerfile Docker would refuse stops the build in validate, naming file, line and column: nothing is built.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Dockerfile:4:1: error DC1000 unknown instruction: RUNN (did you mean RUN?)')
assert !log.contains('docker:' + fabric8Version + ':build')
def image = ['docker', 'image', 'inspect', 'dockci-it/syntax-error:1.0.0'].execute()
image.waitFor()
assert image.exitValue() != 0: 'the image must not exist'
