evaluate(new File(basedir, '../../../src/it/repository-with-history.groovy'))
createRepository(basedir)
// base has a newer release than the default app's Dockerfile names; app changes
git(basedir, 'tag', 'base-1.1.0')
commitChange(basedir, 'app/Dockerfile',
        'ARG BASE_TAG=1.0.0\nFROM localhost:5000/dockci/base:${BASE_TAG}\nCMD ["/bin/true"]\n', 'app builds FROM BASE_TAG')
