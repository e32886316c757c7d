// A registry of this run's own (Debian's docker-registry on a free port) behind a proxy that dies once the registry
// has answered two manifest PUTs: the candidate 1.0.0 and the first moving tag 1.0 get in, 1 and latest do not.
// The test classes TestRegistry and DyingProxy do it; verify.groovy finds them in the system properties.
import org.dockci.registry.DyingProxy
import org.dockci.registry.TestRegistry

def registry = TestRegistry.start(new File(basedir, 'registry').toPath())
def proxy = DyingProxy.start(registry)
Runtime.runtime.addShutdownHook { proxy.close(); registry.close() } // also when verify.groovy does not run
proxy.dieAfterManifestPuts(2)
System.properties.put('dockci.it.halfPush.registry', registry)
System.properties.put('dockci.it.halfPush.proxy', proxy)
new File(basedir, 'push.properties').text = "dockci.registry=${proxy.address()}\n"
true // the invoker runs the build only when the pre-build script ends true
