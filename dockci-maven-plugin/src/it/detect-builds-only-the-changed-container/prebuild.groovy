evaluate(new File(basedir, '../../../src/it/repository-with-history.groovy'))
createRepository(basedir)
commitChange(basedir, 'other/Dockerfile', 'FROM debian:bookworm-slim\nUSER nobody\nEXPOSE 8080\n', 'other listens on 8080')
// a release of app since its tag: the plugin's own commit moves only app's version, which is no change
commitReleaseBump(basedir, 'app')
