// Makes what the prune reads: a git history whose origin has main and lost the branch feature/x, and a registry of
// the IT's own (Debian's docker-registry, Distribution 2.8, on a free port of 127.0.0.1, deletes on, storage in
// registry/; under `timeout` so that it stops by itself if verify.groovy never runs) holding the images of app,
// pushed through the HTTP API. verify.groovy stops it.
import groovy.json.JsonOutput
import java.security.MessageDigest

def run = { File dir, List<String> command ->
    def process = command.execute(null, dir)
    def out = new StringBuilder(), err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    assert process.exitValue() == 0: "${command.join(' ')} failed: $err"
    out.toString().trim()
}
def git = { String... args ->
    run(basedir, ['git', '-c', 'user.name=dockci-it', '-c', 'user.email=it@dockci.org', '-c', 'init.defaultBranch=main'] + args.toList())
}

// git: main with 5 commits, feature/x with 2 more, both pushed; then feature/x deleted in origin and fetched --prune
new File(basedir, '.gitignore').text = 'target/\nregistry/\norigin.git/\n.mvn/\nbuild.log\n*.groovy\ninvoker.properties\n'
git('init', '-q')
git('add', '-A')
git('commit', '-q', '-m', 'app')
def main = [git('rev-parse', 'HEAD')]
(2..5).each { git('commit', '-q', '--allow-empty', '-m', "main $it"); main << git('rev-parse', 'HEAD') }
git('checkout', '-q', '-b', 'feature/x')
def feature = []
(1..2).each { git('commit', '-q', '--allow-empty', '-m', "feature $it"); feature << git('rev-parse', 'HEAD') }
git('checkout', '-q', 'main')
run(basedir, ['git', 'init', '-q', '--bare', 'origin.git'])
git('remote', 'add', 'origin', new File(basedir, 'origin.git').path)
git('push', '-q', 'origin', 'main', 'feature/x')
git('push', '-q', 'origin', '--delete', 'feature/x')
git('fetch', '-q', '--prune', 'origin')

// the registry
def folder = new File(basedir, 'registry')
folder.mkdirs()
def port = new ServerSocket(0).withCloseable { it.localPort }
def config = new File(folder, 'config.yml')
config.text = """version: 0.1
log:
  level: error
storage:
  filesystem:
    rootdirectory: ${new File(folder, 'storage').path}
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
"""
def registry = new ProcessBuilder('timeout', '600', 'docker-registry', 'serve', config.path).redirectErrorStream(true)
        .redirectOutput(new File(folder, 'registry.log')).start()
new File(folder, 'pid').text = registry.pid().toString()
def address = "127.0.0.1:$port".toString()
def answers = {
    try {
        def connection = new URL("http://$address/v2/").openConnection()
        connection.connectTimeout = 500
        connection.responseCode == 200
    } catch (IOException e) {
        false
    }
}
def deadline = System.currentTimeMillis() + 20_000
while (!answers()) {
    assert registry.alive && System.currentTimeMillis() < deadline: "docker-registry did not answer: ${new File(folder, 'registry.log').text}"
    sleep 100
}

def sha256 = { byte[] bytes -> 'sha256:' + MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex() }
def http = { String method, String url, byte[] body, String type, int expected ->
    def connection = (HttpURLConnection) new URL(url).openConnection()
    connection.requestMethod = method
    if (body != null) {
        connection.doOutput = true
        connection.setRequestProperty('Content-Type', type)
        connection.outputStream.withCloseable { it.write(body) }
    }
    assert connection.responseCode == expected: "$method $url: HTTP ${connection.responseCode}"
    connection
}
def blob = { byte[] content ->
    def digest = sha256(content)
    def location = http('POST', "http://$address/v2/dockci/app/blobs/uploads/", null, null, 202).getHeaderField('Location')
    def upload = new URL(new URL("http://$address/"), location).toString()
    http('PUT', upload + (upload.contains('?') ? '&' : '?') + "digest=$digest", content, 'application/octet-stream', 201)
    [mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: content.length, digest: digest]
}
def layer = blob(('app layer ' * 1000).bytes)
def image = { String created, List<String> tags ->
    def configJson = JsonOutput.toJson([architecture: 'amd64', os: 'linux',
            config: created ? [Labels: ['org.opencontainers.image.created': created]] : [:],
            rootfs: [type: 'layers', diff_ids: [layer.digest]]]).bytes
    def configBlob = blob(configJson) + [mediaType: 'application/vnd.docker.container.image.v1+json']
    def manifest = JsonOutput.toJson([schemaVersion: 2, mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
            config: configBlob, layers: [layer]]).bytes
    tags.each { http('PUT', "http://$address/v2/dockci/app/manifests/$it", manifest,
            'application/vnd.docker.distribution.manifest.v2+json', 201) }
}
def candidate = { String commit -> '1.0.1-dev.' + commit.substring(0, 7) }
def time = { int minute -> String.format('2026-11-01T10:%02d:00Z', minute) }
main.eachWithIndex { commit, i -> image(time(i), [candidate(commit)] + (i == 4 ? ['main'] : [])) }
feature.eachWithIndex { commit, i -> image(time(10 + i), [candidate(commit)] + (i == 1 ? ['feature-x'] : [])) }
image(time(30), ['1.0.0', 'latest'])
image(null, ['bobs-test'])

new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Ddockci.registry=$address\n"
new File(basedir, 'expected.properties').withWriter { writer ->
    def expected = new Properties()
    expected.deleted = ((main[0..2] + feature).collect(candidate) + ['feature-x']).sort().join(',')
    expected.kept = ((main[3..4]).collect(candidate) + ['main', '1.0.0', 'latest', 'bobs-test']).sort().join(',')
    expected.address = address
    expected.store(writer, null)
}
null
