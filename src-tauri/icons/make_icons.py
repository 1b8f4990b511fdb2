# Writes Plenary's icon set: a rounded indigo square with three white "agenda" bars.
import struct, zlib, sys
def png(size, path):
    rows = []
    r = size * 0.18
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            # rounded-square mask
            cx = min(max(x + 0.5, r), size - r); cy = min(max(y + 0.5, r), size - r)
            inside = (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r
            if not inside:
                row += bytes([0, 0, 0, 0]); continue
            fx, fy = (x + 0.5) / size, (y + 0.5) / size
            bar = 0.2 <= fx <= 0.8 and any(a <= fy <= a + 0.12 for a in (0.22, 0.44, 0.66))
            short = 0.2 <= fx <= 0.55 and 0.66 <= fy <= 0.78
            if bar and (fy < 0.66 or short):
                row += bytes([255, 255, 255, 255])
            else:
                row += bytes([0x1f, 0x3a, 0x8a, 255])
        rows.append(bytes(row))
    raw = b"".join(rows)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(data)
for name, s in [("32x32.png", 32), ("128x128.png", 128), ("128x128@2x.png", 256), ("icon.png", 512)]:
    png(s, "icons/" + name)
