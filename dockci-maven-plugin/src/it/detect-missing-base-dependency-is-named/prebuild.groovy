evaluate(new File(basedir, '../../../src/it/repository-with-history.groovy'))
createRepository(basedir)
// app builds FROM base's image, but its POM forgets the dependency on base
commitChange(basedir, 'app/pom.xml', containerPom('app'), 'app forgets its base')
