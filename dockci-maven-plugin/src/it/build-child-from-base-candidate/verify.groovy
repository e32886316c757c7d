// child builds after base although listed first (its dependency orders them), FROM base's candidate image of this
// build (ARG BASE_TAG), not the stale 1.0.0 its Dockerfile names by default.
def namespace = new File(basedir, 'namespace.txt').text.trim()
def image = "localhost:5000/$namespace"
def docker = { String... args ->
    def process = (['docker'] + args.toList()).execute()
    def out = new StringBuilder(), err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    assert process.exitValue() == 0: "docker ${args.join(' ')}: $err"
    out.toString().trim()
}
def tagOf = { String module ->
    def properties = new Properties()
    new File(basedir, "$module/target/dockci/metadata.properties").withInputStream { properties.load(it) }
    properties.getProperty('dockci.tag')
}
try {
    def log = new File(basedir, 'build.log').text
    def baseTag = tagOf('base')
    assert baseTag.startsWith('1.1.0-dev.')
    assert log.contains("[INFO] it-child: built FROM $image/it-base:$baseTag (ARG BASE_TAG: built before it in this build)")
    def baseBuilt = log.indexOf("Building it-base 1.1.0-SNAPSHOT")
    def childBuilt = log.indexOf("Building it-child 2.0.0-SNAPSHOT")
    assert baseBuilt >= 0 && childBuilt > baseBuilt: 'the reactor builds base before child'

    def layers = { String reference -> docker('image', 'inspect', '--format', '{{json .RootFS.Layers}}', reference) }
    def baseLayers = new groovy.json.JsonSlurper().parseText(layers("$image/it-base:$baseTag"))
    def staleLayers = new groovy.json.JsonSlurper().parseText(layers("$image/it-base:1.0.0"))
    def childLayers = new groovy.json.JsonSlurper().parseText(layers("$image/it-child:${tagOf('child')}"))
    assert childLayers.size() == baseLayers.size() + 1
    assert childLayers.take(baseLayers.size()) == baseLayers: 'child is built on the base image of this build'
    assert baseLayers != staleLayers
    // the OCI base labels name the image the child was built FROM, not the Dockerfile's default
    def labels = new groovy.json.JsonSlurper().parseText(docker('image', 'inspect', '--format', '{{json .Config.Labels}}',
            "$image/it-child:${tagOf('child')}"))
    assert labels['org.opencontainers.image.base.name'] == "$image/it-base:$baseTag"
    assert labels['org.opencontainers.image.base.digest'] == docker('image', 'inspect', '--format', '{{.Id}}',
            "$image/it-base:$baseTag")
} finally {
    // only this run's images: its own namespace
    def references = docker('image', 'ls', '--format', '{{.Repository}}:{{.Tag}}').readLines()
            .findAll { it.startsWith("$image/") }
    if (references) {
        docker(*(['image', 'rm'] + references))
    }
}
