// The deploy failed half-way and says so: which tags the registry has and which not, and the command that finishes
// it; the run report and push.json say the same; the registry's tag list confirms; and that command, once the
// registry answers again, finishes the release.
def registry = System.properties.get('dockci.it.halfPush.registry')
def proxy = System.properties.get('dockci.it.halfPush.proxy')
// the image as the build named it: the registry is the proxy, the namespace whatever the wiring (or MAVEN_ARGS) says
def metadata = new Properties()
new File(basedir, 'target/dockci/metadata.properties').withInputStream { metadata.load(it) }
def image = metadata.getProperty('dockci.image')
def repository = image.substring(image.indexOf('/') + 1)
try {
    assert image.startsWith("${proxy.address()}/") && image.endsWith('/it-half-push')
    def log = new File(basedir, 'build.log').text
    assert log =~ /Failed to execute goal org\.dockci:dockci-maven-plugin:[^:]+:push \(push\)/
    assert log.contains("it-half-push: half pushed to $image: pushed 1.0.0, 1.0; not pushed 1, latest. The push of 1 failed: ")
    assert registry.tags(repository) == ['1.0', '1.0.0']

    def push = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dockci/push.json'))
    assert push.pushed == ['1.0.0', '1.0']
    assert push.notPushed == ['1', 'latest']
    def html = new File(basedir, 'target/dockci/report.html').getText('UTF-8')
    assert html.contains('half pushed: pushed 1.0.0, 1.0; not pushed 1, latest')
    def record = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dockci/image.json'))
    assert record.pushed == ['1.0.0', '1.0'] && record.notPushed == ['1', 'latest']

    def finish = (log =~ /finish with: (docker push .+?) \(or run the same deploy again/)[0][1]
    assert finish == "docker push $image:1 && docker push $image:latest"
    proxy.serveAgain()
    def process = ['sh', '-c', finish].execute()
    def out = new StringBuilder(), err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    assert process.exitValue() == 0: "$finish failed: $err"
    assert registry.tags(repository) == ['1', '1.0', '1.0.0', 'latest']
} finally {
    proxy.close()
    registry.close()
    ['1.0.0', '1.0', '1', 'latest'].each { tag -> ['docker', 'rmi', '--force', "$image:$tag"].execute().waitFor() }
}
