// A failed IT fails the build, and the run report is written all the same, showing the failure, escaped,
// without the settings.xml password the IT printed nor the token of the repository's URL.
def log = new File(basedir, 'build.log').text
assert log =~ /dockci run report: target\/dockci\/report.html \(1 containers, written in [0-9.]+ s\)/
def html = new File(basedir, 'target/dockci/report.html').getText('UTF-8')
def markdown = new File(basedir, 'target/dockci/report.md').getText('UTF-8')
assert html.contains('data-module="it-report-failed-it" data-status="failed"')
assert html.contains('failed at failsafe:verify')
assert html.contains('ReportShownIT.deliberatelyFails')
assert html.contains('ReportShownIT.theImageWasStarted')
assert html.contains('expected &lt;ok&gt; &amp; &quot;ü&quot; but the registry refused the password ****')
assert html.contains('https://gitlab.example.org/ops/dockers.git')
assert html =~ /<rect class="bar step-build" /
assert html =~ /<rect class="bar step-tests" /
assert markdown.contains('| tags | not pushed: tests failed |')
for (text in [html, markdown, new File(basedir, 'build.log').text.findAll(/dockci run report.*/).join()]) {
    assert !text.contains('hunter2-invoker-password')
    assert !text.contains('glpat-InvokerToken12345')
}
def run = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dockci/run.json'))
assert run.failed == true
assert run.failedGoal == 'failsafe:verify'
assert run.goals*.step.containsAll(['LINT', 'DETECT', 'BUILD', 'PACKAGES', 'START', 'TESTS', 'STOP'])
def image = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dockci/image.json'))
assert image.id.startsWith('sha256:')
assert image.size > 0
assert image.pushed == []
def left = ['docker', 'ps', '-a', '-q', '--filter',
            'label=dmp.coordinates=org.dockci.containers:it-report-failed-it:1.0.0-SNAPSHOT'].execute().text.trim()
assert left.isEmpty(): "containers left behind: $left"
