package org.dockci.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Dockerfiles of the size and shape of Docker's official Debian-based images (postgres, nginx, redis,
 * python, httpd…), made up from templates for the lint benchmark: 2–6 KB each, long multi-line RUNs
 * continued with {@code ; \} and tab-indented, {@code apt-get install} lists, gosu-style downloads
 * checked with {@code gpg --verify}, apt keys imported into a keyring, builds from source with
 * {@code case "$dpkgArch"}, ENV/ARG blocks, OCI labels, and now and then a builder stage. The same seed
 * gives the same files, byte for byte: nothing is downloaded.
 */
final class OfficialShapedDockerfiles {

    /** Smallest and largest size of a file, in bytes. */
    static final int MIN_BYTES = 2 * 1024;
    static final int MAX_BYTES = 6 * 1024;

    private static final String[] APPS = {"postgres", "nginx", "redis", "httpd", "memcached", "rabbitmq",
            "mariadb", "haproxy", "varnish", "tomcat", "ghost", "mosquitto", "traefik", "unbound", "dovecot",
            "prosody", "coturn", "gitea", "minio", "caddy"};

    private static final String[] PACKAGES = {"ca-certificates", "curl", "wget", "gnupg", "dirmngr", "less",
            "libssl3", "libpcre2-8-0", "zlib1g", "libxml2", "libyaml-0-2", "libffi8", "libbz2-1.0", "liblzma5",
            "libreadline8", "libsqlite3-0", "libncursesw6", "libgdbm6", "libuuid1", "tzdata", "netbase",
            "procps", "xz-utils", "bzip2", "unzip", "openssl", "libicu72", "libldap-2.5-0", "libsasl2-2",
            "libnss-wrapper", "locales", "libjemalloc2", "libcap2-bin", "iproute2", "tini", "gosu", "libpq5",
            "libexpat1", "libgmp10", "libedit2", "libevent-2.1-7", "liblz4-1", "libzstd1", "libsystemd0"};

    private static final String[] BUILD_PACKAGES = {"gcc", "make", "dpkg-dev", "libc6-dev", "libssl-dev",
            "libpcre2-dev", "zlib1g-dev", "libxml2-dev", "libyaml-dev", "libffi-dev", "libbz2-dev",
            "liblzma-dev", "libreadline-dev", "libsqlite3-dev", "libncurses-dev", "libgdbm-dev", "uuid-dev",
            "pkg-config", "autoconf", "automake", "libtool", "bison", "flex", "patch", "file", "git"};

    private static final String[] CONFIGURE_OPTIONS = {"--enable-shared", "--enable-static=no", "--with-openssl",
            "--with-pcre2", "--with-zlib", "--enable-threads", "--with-libxml", "--disable-debug",
            "--enable-option-checking=fatal", "--enable-loadable-sqlite-extensions", "--with-system-expat",
            "--without-ensurepip", "--with-lto", "--enable-optimizations", "--with-ldap", "--with-systemd",
            "--with-uuid=e2fs", "--with-icu", "--enable-nls", "--with-gssapi", "--prefix=/usr/local",
            "--sysconfdir=/etc", "--localstatedir=/var", "--with-pam", "--enable-ipv6"};

    private final Random random;

    private OfficialShapedDockerfiles(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} Dockerfiles made from {@code seed}: the same arguments, the same texts. */
    static List<String> generate(int count, long seed) {
        OfficialShapedDockerfiles maker = new OfficialShapedDockerfiles(seed);
        List<String> files = new ArrayList<>(count);
        while (files.size() < count) {
            String file = maker.dockerfile();
            if (file.length() >= MIN_BYTES && file.length() <= MAX_BYTES) {
                files.add(file);
            }
        }
        return files;
    }

    private String dockerfile() {
        String app = pick(APPS);
        String version = (1 + random.nextInt(17)) + "." + random.nextInt(30) + "." + random.nextInt(12);
        int target = MIN_BYTES - 1100 + random.nextInt(MAX_BYTES - MIN_BYTES - 600);
        StringBuilder text = new StringBuilder();
        text.append("#\n# NOTE: THIS DOCKERFILE IS GENERATED VIA \"apply-templates.sh\"\n#\n")
                .append("# PLEASE DO NOT EDIT IT DIRECTLY.\n#\n\n");
        boolean builder = random.nextInt(4) == 0;
        if (builder) {
            builderStage(text, app);
        }
        text.append("FROM debian:").append(random.nextBoolean() ? "bookworm" : "trixie").append("-slim\n\n");
        users(text, app);
        aptInstall(text, PACKAGES, 4 + random.nextInt(14));
        List<Runnable> middle = new ArrayList<>(List.of(
                () -> gosu(text),
                () -> aptKey(text, app),
                () -> environment(text, app, version),
                () -> fromSource(text, app, version),
                () -> locale(text),
                () -> aptInstall(text, PACKAGES, 3 + random.nextInt(10))));
        while (text.length() < target && !middle.isEmpty()) {
            middle.remove(random.nextInt(middle.size())).run();
        }
        if (builder) {
            text.append("COPY --from=builder /out/").append(app).append("-exporter /usr/local/bin/\n\n");
        }
        tail(text, app, version);
        return text.toString();
    }

    private void builderStage(StringBuilder text, String app) {
        text.append("FROM golang:1.").append(20 + random.nextInt(4)).append("-bookworm AS builder\n\n")
                .append("WORKDIR /src\n")
                .append("COPY go.mod go.sum ./\n")
                .append("RUN set -eux; \\\n\tgo mod download; \\\n\tgo mod verify\n")
                .append("COPY . .\n")
                .append("RUN set -eux; \\\n")
                .append("\tCGO_ENABLED=0 GOOS=linux go build \\\n")
                .append("\t\t-trimpath \\\n")
                .append("\t\t-ldflags \"-s -w -X main.version=${VERSION:-dev}\" \\\n")
                .append("\t\t-o /out/").append(app).append("-exporter \\\n")
                .append("\t\t./cmd/exporter; \\\n")
                .append("\t/out/").append(app).append("-exporter --version\n\n");
    }

    private void users(StringBuilder text, String app) {
        int id = 100 + random.nextInt(900);
        text.append("# explicitly set user/group IDs\n")
                .append("RUN set -eux; \\\n")
                .append("\tgroupadd -r ").append(app).append(" --gid=").append(id).append("; \\\n")
                .append("# https://salsa.debian.org/").append(app).append("-team/").append(app)
                .append("-common/blob/997d842ee744687d99a2b2d95c1083a2615c79e8/debian/").append(app)
                .append("-common.postinst#L32-35\n")
                .append("\tuseradd -r -g ").append(app).append(" --uid=").append(id).append(" --home-dir=/var/lib/")
                .append(app).append(" --shell=/bin/bash ").append(app).append("; \\\n")
                .append("\tmkdir -p /var/lib/").append(app).append("; \\\n")
                .append("\tchown -R ").append(app).append(':').append(app).append(" /var/lib/").append(app)
                .append("\n\n");
    }

    private void aptInstall(StringBuilder text, String[] from, int count) {
        text.append("RUN set -eux; \\\n\tapt-get update; \\\n\tapt-get install -y --no-install-recommends \\\n");
        for (String name : picks(from, count)) {
            text.append("\t\t").append(name).append(" \\\n");
        }
        text.append("\t; \\\n\trm -rf /var/lib/apt/lists/*\n\n");
    }

    private void gosu(StringBuilder text) {
        text.append("# grab gosu for easy step-down from root\n")
                .append("# https://github.com/tianon/gosu/releases\n")
                .append("ENV GOSU_VERSION 1.").append(10 + random.nextInt(8)).append('\n')
                .append("RUN set -eux; \\\n")
                .append("\tsavedAptMark=\"$(apt-mark showmanual)\"; \\\n")
                .append("\tapt-get update; \\\n")
                .append("\tapt-get install -y --no-install-recommends ca-certificates gnupg wget; \\\n")
                .append("\trm -rf /var/lib/apt/lists/*; \\\n")
                .append("\tdpkgArch=\"$(dpkg --print-architecture | awk -F- '{ print $NF }')\"; \\\n")
                .append("\twget -O /usr/local/bin/gosu \"https://github.com/tianon/gosu/releases/download/")
                .append("$GOSU_VERSION/gosu-$dpkgArch\"; \\\n")
                .append("\twget -O /usr/local/bin/gosu.asc \"https://github.com/tianon/gosu/releases/download/")
                .append("$GOSU_VERSION/gosu-$dpkgArch.asc\"; \\\n")
                .append("\texport GNUPGHOME=\"$(mktemp -d)\"; \\\n")
                .append("\tgpg --batch --keyserver hkps://keys.openpgp.org --recv-keys ").append(fingerprint())
                .append("; \\\n")
                .append("\tgpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; \\\n")
                .append("\tgpgconf --kill all; \\\n")
                .append("\trm -rf \"$GNUPGHOME\" /usr/local/bin/gosu.asc; \\\n")
                .append("\tapt-mark auto '.*' > /dev/null; \\\n")
                .append("\t[ -z \"$savedAptMark\" ] || apt-mark manual $savedAptMark > /dev/null; \\\n")
                .append("\tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \\\n")
                .append("\tchmod +x /usr/local/bin/gosu; \\\n")
                .append("\tgosu --version; \\\n")
                .append("\tgosu nobody true\n\n");
    }

    private void aptKey(StringBuilder text, String app) {
        text.append("RUN set -ex; \\\n")
                .append("# pub   4096R/ACCC4CF8 2011-10-13 [expires: 2029-01-01]\n")
                .append("\tkey='").append(fingerprint()).append("'; \\\n")
                .append("\texport GNUPGHOME=\"$(mktemp -d)\"; \\\n")
                .append("\tmkdir -p /usr/local/share/keyrings/; \\\n")
                .append("\tgpg --batch --keyserver keyserver.ubuntu.com --recv-keys \"$key\"; \\\n")
                .append("\tgpg --batch --export --armor \"$key\" > /usr/local/share/keyrings/").append(app)
                .append(".gpg.asc; \\\n")
                .append("\tgpgconf --kill all; \\\n")
                .append("\trm -rf \"$GNUPGHOME\"\n\n")
                .append("ENV ").append(app.toUpperCase(Locale.ROOT)).append("_MAJOR ").append(1 + random.nextInt(16))
                .append("\n\n")
                .append("RUN set -ex; \\\n")
                .append("\techo \"deb [ signed-by=/usr/local/share/keyrings/").append(app).append(".gpg.asc ] ")
                .append("http://apt.").append(app).append(".org/pub/repos/apt bookworm-pgdg main $")
                .append(app.toUpperCase(Locale.ROOT)).append("_MAJOR\" > /etc/apt/sources.list.d/pgdg.list; \\\n")
                .append("\tapt-get update; \\\n")
                .append("\tapt-get install -y --no-install-recommends \\\n")
                .append("\t\t\"").append(app).append("-$").append(app.toUpperCase(Locale.ROOT)).append("_MAJOR\" \\\n")
                .append("\t\t\"").append(app).append("-contrib-$").append(app.toUpperCase(Locale.ROOT))
                .append("_MAJOR\" \\\n")
                .append("\t; \\\n")
                .append("\trm -rf /var/lib/apt/lists/*; \\\n")
                .append("\tif apt-mark showmanual | grep -q '^").append(app).append("-common$'; then \\\n")
                .append("\t\tapt-mark hold ").append(app).append("-common; \\\n")
                .append("\tfi\n\n");
    }

    private void environment(StringBuilder text, String app, String version) {
        String upper = app.toUpperCase(Locale.ROOT);
        text.append("ARG ").append(upper).append("_UID=").append(100 + random.nextInt(900)).append('\n')
                .append("ENV ").append(upper).append("_VERSION ").append(version).append('\n')
                .append("ENV ").append(upper).append("_SHA256 ").append(hex(64)).append('\n')
                .append("ENV ").append(upper).append("_DOWNLOAD_URL https://downloads.").append(app).append(".org/")
                .append(app).append('-').append(version).append(".tar.gz\n")
                .append("ENV PATH $PATH:/usr/lib/").append(app).append("/bin\n")
                .append("ENV ").append(upper).append("DATA /var/lib/").append(app).append("/data\n\n");
    }

    private void fromSource(StringBuilder text, String app, String version) {
        text.append("RUN set -eux; \\\n")
                .append("\t\\\n")
                .append("\tsavedAptMark=\"$(apt-mark showmanual)\"; \\\n")
                .append("\tapt-get update; \\\n")
                .append("\tapt-get install -y --no-install-recommends \\\n");
        for (String name : picks(BUILD_PACKAGES, 5 + random.nextInt(10))) {
            text.append("\t\t").append(name).append(" \\\n");
        }
        String upper = app.toUpperCase(Locale.ROOT);
        text.append("\t; \\\n")
                .append("\trm -rf /var/lib/apt/lists/*; \\\n")
                .append("\t\\\n")
                .append("\twget -O ").append(app).append(".tar.gz \"https://downloads.").append(app)
                .append(".org/releases/").append(app).append('-').append(version).append(".tar.gz\"; \\\n")
                .append("\techo \"").append(hex(64)).append(" *").append(app).append(".tar.gz\" | sha256sum -c -; \\\n")
                .append("\tmkdir -p /usr/src/").append(app).append("; \\\n")
                .append("\ttar -xzf ").append(app).append(".tar.gz -C /usr/src/").append(app)
                .append(" --strip-components=1; \\\n")
                .append("\trm ").append(app).append(".tar.gz; \\\n")
                .append("\t\\\n")
                .append("\tdpkgArch=\"$(dpkg --print-architecture)\"; \\\n")
                .append("\tcase \"$dpkgArch\" in \\\n")
                .append("\t\tamd64 | i386 | x32) extraJemallocConfigureFlags='--with-lg-page=12' ;; \\\n")
                .append("\t\t*) extraJemallocConfigureFlags='--with-lg-page=16' ;; \\\n")
                .append("\tesac; \\\n")
                .append("\tgnuArch=\"$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)\"; \\\n")
                .append("\tcd /usr/src/").append(app).append("; \\\n")
                .append("\t./configure \\\n")
                .append("\t\t--build=\"$gnuArch\" \\\n");
        for (String option : picks(CONFIGURE_OPTIONS, 4 + random.nextInt(10))) {
            text.append("\t\t").append(option).append(" \\\n");
        }
        text.append("\t\t${extraJemallocConfigureFlags:+--with-jemalloc-config=\"$extraJemallocConfigureFlags\"} \\\n")
                .append("\t; \\\n")
                .append("\tmake -j \"$(nproc)\"; \\\n")
                .append("\tmake install; \\\n")
                .append("\tcd /; \\\n")
                .append("\trm -rf /usr/src/").append(app).append("; \\\n")
                .append("\t\\\n")
                .append("\tapt-mark auto '.*' > /dev/null; \\\n")
                .append("\t[ -z \"$savedAptMark\" ] || apt-mark manual $savedAptMark > /dev/null; \\\n")
                .append("\tfind /usr/local -type f -executable -exec ldd '{}' ';' \\\n")
                .append("\t\t| awk '/=>/ { so = $(NF-1); if (index(so, \"/usr/local/\") == 1) { next }; ")
                .append("gsub(\"^/(usr/)?\", \"\", so); printf \"*%s\\n\", so }' \\\n")
                .append("\t\t| sort -u \\\n")
                .append("\t\t| xargs -r dpkg-query --search \\\n")
                .append("\t\t| cut -d: -f1 \\\n")
                .append("\t\t| sort -u \\\n")
                .append("\t\t| xargs -r apt-mark manual \\\n")
                .append("\t; \\\n")
                .append("\tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \\\n")
                .append("\t\\\n")
                .append("\t").append(app).append(" --version; \\\n")
                .append("\ttest \"$(").append(app).append(" --version | head -1)\" = \"").append(app).append(' ')
                .append(version).append("\"\n\n")
                .append("ENV ").append(upper).append("_CONFIG /etc/").append(app).append('/').append(app)
                .append(".conf\n\n");
    }

    private void locale(StringBuilder text) {
        text.append("# make the \"en_US.UTF-8\" locale so the service will be utf-8 enabled by default\n")
                .append("RUN set -eux; \\\n")
                .append("\tif [ -f /etc/dpkg/dpkg.cfg.d/docker ]; then \\\n")
                .append("# if this file exists, we're likely in \"debian:xxx-slim\", and locales are thus being excluded\n")
                .append("\t\tgrep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \\\n")
                .append("\t\tsed -ri '/\\/usr\\/share\\/locale/d' /etc/dpkg/dpkg.cfg.d/docker; \\\n")
                .append("\t\t! grep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \\\n")
                .append("\tfi; \\\n")
                .append("\tapt-get update; apt-get install -y --no-install-recommends locales; ")
                .append("rm -rf /var/lib/apt/lists/*; \\\n")
                .append("\techo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen; \\\n")
                .append("\tlocale-gen; \\\n")
                .append("\tlocale -a | grep 'en_US.utf8'\n")
                .append("ENV LANG en_US.utf8\n\n");
    }

    private void tail(StringBuilder text, String app, String version) {
        text.append("RUN mkdir /docker-entrypoint-initdb.d\n\n")
                .append("LABEL org.opencontainers.image.title=\"").append(app).append("\" \\\n")
                .append("      org.opencontainers.image.version=\"").append(version).append("\" \\\n")
                .append("      org.opencontainers.image.source=\"https://github.com/docker-library/").append(app)
                .append("\"\n\n")
                .append("VOLUME /var/lib/").append(app).append("/data\n\n")
                .append("COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/\n")
                .append("RUN ln -sT docker-ensure-initdb.sh /usr/local/bin/docker-enforce-initdb.sh\n")
                .append("ENTRYPOINT [\"docker-entrypoint.sh\"]\n\n")
                .append("STOPSIGNAL SIGINT\n\n")
                .append("HEALTHCHECK --interval=30s --timeout=5s CMD [\"").append(app).append("-healthcheck\"]\n\n")
                .append("EXPOSE ").append(1024 + random.nextInt(60000)).append('\n')
                .append("USER ").append(app).append('\n')
                .append("CMD [\"").append(app).append("\"]\n");
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    /** {@code count} different names of {@code from} (all of them when it has fewer), in list order. */
    private List<String> picks(String[] from, int count) {
        List<String> left = new ArrayList<>(List.of(from));
        List<String> picked = new ArrayList<>();
        while (picked.size() < count && !left.isEmpty()) {
            picked.add(left.remove(random.nextInt(left.size())));
        }
        picked.sort(null);
        return picked;
    }

    private String fingerprint() {
        return hex(40).toUpperCase(Locale.ROOT);
    }

    private String hex(int digits) {
        StringBuilder hex = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }
}
