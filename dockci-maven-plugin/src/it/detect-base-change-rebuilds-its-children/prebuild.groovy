evaluate(new File(basedir, '../../../src/it/repository-with-history.groovy'))
createRepository(basedir)
commitChange(basedir, 'base/Dockerfile', 'FROM debian:bookworm-slim\nRUN true\nUSER nobody\n', 'base changes')
