// Built alone, app gets base's newest release in its history as BASE_TAG, not its Dockerfile's default.
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] app: changed: Dockerfile since app-1\.0\.0/
assert log.contains('[INFO] app: built FROM localhost:5000/dockci/base:1.1.0 (ARG BASE_TAG: its newest release;'
        + ' base is not in this build)')
