// A "Dockerfile" that is a compiled program: an ELF header, then bytes with line breaks among them.
def bytes = new byte[4096]
new Random(12).nextBytes(bytes)
[0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00].eachWithIndex { b, i -> bytes[i] = (byte) b }
new File(basedir, 'Dockerfile').bytes = bytes
null
