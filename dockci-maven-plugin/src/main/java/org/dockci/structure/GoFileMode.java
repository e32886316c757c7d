package org.dockci.structure;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * A file's mode written as Go's {@code os.FileMode.String()} writes it, which is what container-structure-test's
 * {@code permissions} compares with: type letters ({@code d} directory, {@code L} symbolic link, {@code D} device,
 * {@code p} pipe, {@code u} setuid, {@code g} setgid, {@code c} character device, {@code t} sticky), or {@code -}
 * when there is none, then {@code rwxrwxrwx}.
 */
final class GoFileMode {

    private GoFileMode() {
    }

    static String of(TarArchiveEntry entry) {
        int mode = entry.getMode();
        StringBuilder text = new StringBuilder();
        if (entry.isDirectory()) {
            text.append('d');
        }
        if (entry.isSymbolicLink()) {
            text.append('L');
        }
        if (entry.isCharacterDevice() || entry.isBlockDevice()) {
            text.append('D');
        }
        if (entry.isFIFO()) {
            text.append('p');
        }
        if ((mode & 04000) != 0) {
            text.append('u');
        }
        if ((mode & 02000) != 0) {
            text.append('g');
        }
        if (entry.isCharacterDevice()) {
            text.append('c');
        }
        if ((mode & 01000) != 0) {
            text.append('t');
        }
        if (text.length() == 0) {
            text.append('-');
        }
        String rwx = "rwxrwxrwx";
        for (int bit = 0; bit < 9; bit++) {
            text.append((mode & (1 << (8 - bit))) != 0 ? rwx.charAt(bit) : '-');
        }
        return text.toString();
    }
}
