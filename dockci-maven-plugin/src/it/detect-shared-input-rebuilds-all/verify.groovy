// The parent POM is an input of every container: changing it builds them all.
def log = new File(basedir, 'build.log').text
['base', 'app', 'other'].each { assert log =~ /\[INFO\] $it: changed: .*pom\.xml/ }
assert new File(basedir, 'target/dockci/changes.txt').readLines() == ['base', 'app', 'other']
