evaluate(new File(basedir, '../../../src/it/repository-with-history.groovy'))
createRepository(basedir)
