evaluate(new File(basedir, '../../../src/it/repository-with-history.groovy'))
createRepository(basedir)
commitChange(basedir, 'pom.xml', rootPom('<registry.note>a shared setting</registry.note>'), 'parent POM changes')
