// This run's own namespace, and a stale base image under the tag the child's Dockerfile names by default
// (ARG BASE_TAG=1.0.0): built from it, the child would not have this build's base.
def namespace = 'it-base-tag-' + UUID.randomUUID().toString().substring(0, 8)
new File(basedir, 'namespace.txt').text = namespace
['pom.xml', 'child/Dockerfile'].each { path ->
    def file = new File(basedir, path)
    file.text = file.text.replace('NAMESPACE', namespace)
}
def tag = ['docker', 'tag', 'debian:bookworm-slim', "localhost:5000/$namespace/it-base:1.0.0"].execute()
tag.waitForProcessOutput(System.out, System.err)
assert tag.exitValue() == 0
true
