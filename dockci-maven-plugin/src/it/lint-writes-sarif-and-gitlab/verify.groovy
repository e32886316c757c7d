// -Ddockci.lint.format=sarif,gitlab (in .mvn/maven.config, as invoker.goals splits on commas), from a real
// Maven run: the module writes lint.sarif and gl-code-quality-report.json (and lint.json, the run report's),
// nothing of the default formats; the console still shows the findings as tty lines; paths are from the root.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] web/Dockerfile:3:5: warning DL3008 Pin versions in apt get install.')

def reports = new File(basedir, 'web/target/dockci')
assert reports.list().toList().toSorted() == ['gl-code-quality-report.json', 'lint.json', 'lint.sarif']

def sarif = new JsonSlurper().parse(new File(reports, 'lint.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'dockci'
assert run.tool.driver.rules*.id == ['DL3008']
assert run.tool.driver.rules[0].helpUri == 'https://github.com/hadolint/hadolint/wiki/DL3008'
def result = run.results[0]
assert result.ruleId == 'DL3008' && result.level == 'warning' && result.ruleIndex == 0
assert result.locations[0].physicalLocation.artifactLocation.uri == 'web/Dockerfile'
assert result.locations[0].physicalLocation.region.startLine == 3
assert result.locations[0].physicalLocation.region.startColumn == 5

def issues = new JsonSlurper().parse(new File(reports, 'gl-code-quality-report.json'))
assert issues.size() == 1
def issue = issues[0]
assert issue.check_name == 'DL3008' && issue.severity == 'major'
assert issue.description.startsWith('DL3008 Pin versions in apt get install.')
assert issue.location.path == 'web/Dockerfile' && issue.location.lines.begin == 3
assert issue.fingerprint ==~ /[0-9a-f]{64}/
assert issue.fingerprint == result.partialFingerprints.'dockci/v1'
