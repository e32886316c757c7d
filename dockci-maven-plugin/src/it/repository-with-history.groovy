// Shared by the detect-* ITs (each one's prebuild.groovy evaluates this file): writes a small repository of
// three containers into the IT's folder and gives it a git history, as a user's repository would have.
// The closures below return null: invoker skips the build when a pre-build script's value is Groovy-false.
//   base   FROM debian            (released as base-1.0.0)
//   app    FROM localhost:5000/dockci/base:1.0.0   (builds FROM base and depends on it; released as app-1.0.0)
//   other  FROM debian            (released as other-1.0.0)

git = { File dir, String... args ->
    def command = ['git', '-c', 'user.name=dockci-it', '-c', 'user.email=it@dockci.org', '-c', 'init.defaultBranch=main'] + args.toList()
    def process = command.execute(null, dir)
    def out = new StringBuilder(), err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    assert process.exitValue() == 0: "git ${args.join(' ')} failed: $err"
    out.toString().trim()
}

write = { File dir, String path, String text ->
    def file = new File(dir, path)
    file.parentFile.mkdirs()
    file.text = text
}

/** A container module's POM; {@code base}: the module it builds FROM, which it must depend on (dockci:detect checks). */
containerPom = { String name, String base = null ->
    def dependency = base == null ? '' : """
  <dependencies>
    <dependency>
      <groupId>org.dockci.it</groupId>
      <artifactId>$base</artifactId>
      <version>1.0.1-SNAPSHOT</version>
      <type>pom</type>
    </dependency>
  </dependencies>"""
    """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.dockci.it</groupId>
    <artifactId>detect-root</artifactId>
    <version>1.0.0</version>
  </parent>
  <artifactId>$name</artifactId>
  <version>1.0.1-SNAPSHOT</version>
  <packaging>pom</packaging>$dependency
</project>
"""
}

rootPom = { String extraProperty ->
    """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.dockci.it</groupId>
  <artifactId>detect-root</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>
  <properties>$extraProperty</properties>
  <modules>
    <module>base</module>
    <module>app</module>
    <module>other</module>
  </modules>
  <build>
    <plugins>
      <plugin>
        <groupId>org.dockci</groupId>
        <artifactId>dockci-maven-plugin</artifactId>
        <version>${pluginVersion}</version>
        <executions>
          <execution>
            <goals>
              <goal>detect</goal>
            </goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
"""
}

/** Writes the three containers and commits them; with tags, releases each as <name>-1.0.0. */
createRepository = { File dir, boolean tagged = true ->
    write(dir, '.gitignore', 'target/\n.mvn/\nbuild.log\n*.groovy\ninvoker.properties\n')
    write(dir, 'pom.xml', rootPom(''))
    write(dir, 'base/pom.xml', containerPom('base'))
    write(dir, 'base/Dockerfile', 'FROM debian:bookworm-slim\nUSER nobody\n')
    write(dir, 'app/pom.xml', containerPom('app', 'base'))
    write(dir, 'app/Dockerfile', 'ARG BASE=localhost:5000/dockci/base:1.0.0\nFROM ${BASE}\nCMD ["/bin/true"]\n')
    write(dir, 'other/pom.xml', containerPom('other'))
    write(dir, 'other/Dockerfile', 'FROM debian:bookworm-slim\nUSER nobody\n')
    git(dir, 'init', '-q')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'three containers')
    if (tagged) {
        ['base', 'app', 'other'].each { git(dir, 'tag', "$it-1.0.0") }
    }
    null
}

/** Commits a change of one file. */
commitChange = { File dir, String path, String text, String message ->
    write(dir, path, text)
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', message)
    null
}

/** What the release plugin commits after a release: only the module's own <version> moves. */
commitReleaseBump = { File dir, String module ->
    def pom = new File(dir, "$module/pom.xml")
    pom.text = pom.text.replaceFirst('<version>1.0.1-SNAPSHOT</version>', '<version>1.0.2-SNAPSHOT</version>')
    git(dir, 'commit', '-q', '-a', '-m', "[maven-release-plugin] prepare for next development iteration")
    null
}
