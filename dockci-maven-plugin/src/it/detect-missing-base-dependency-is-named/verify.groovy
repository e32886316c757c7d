// A container that builds FROM another module's image without depending on it fails at detect, before anything is
// built, naming the base and the exact dependency to add: Maven alone would be free to build it first.
def log = new File(basedir, 'build.log').text
assert log.contains('app builds FROM the image of base but does not depend on it: Maven may build app first, against'
        + ' the previous image. Add to app' + File.separator + 'pom.xml (or correct the version):')
assert log.contains('''\
  <dependencies>
    <dependency>
      <groupId>org.dockci.it</groupId>
      <artifactId>base</artifactId>
      <version>1.0.1-SNAPSHOT</version>
      <type>pom</type>
    </dependency>
  </dependencies>''')
assert log =~ /Failed to execute goal org\.dockci:dockci-maven-plugin:[^:]+:detect \(default\) on project app/
