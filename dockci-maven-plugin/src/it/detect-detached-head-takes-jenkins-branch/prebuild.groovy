evaluate(new File(basedir, '../../../src/it/repository-with-history.groovy'))
createRepository(basedir)
commitChange(basedir, 'app/Dockerfile', 'ARG BASE=localhost:5000/dockci/base:1.0.0\nFROM ${BASE}\nCMD ["/bin/false"]\n', 'app changes')
// Jenkins checks out a commit, not a branch, and names the branch in BRANCH_NAME
git(basedir, 'checkout', '-q', '--detach', 'HEAD')
null
