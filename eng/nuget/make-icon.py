#!/usr/bin/env python3
"""Draws eng/nuget/icon.png (128x128, RGBA), the packages' NuGet icon: a mesenchymal stem cell (a spindle-shaped cell with
its nucleus) on a teal disc. Pure Python (zlib + struct), so it needs no imaging library. Run: python3 eng/nuget/make-icon.py"""
import math
import os
import struct
import zlib

N = 128
TEAL = (0, 121, 140)
CELL = (255, 255, 255)
NUCLEUS = (232, 93, 74)


def pixel(x, y):
    cx, cy = x - N / 2 + 0.5, y - N / 2 + 0.5
    r = math.hypot(cx, cy)
    if r > 62:
        return (0, 0, 0, 0)
    # spindle: an ellipse rotated by -30 degrees with pointed ends
    a = math.radians(-30)
    u = cx * math.cos(a) + cy * math.sin(a)
    v = -cx * math.sin(a) + cy * math.cos(a)
    half_length, half_width = 52.0, 17.0
    if abs(u) < half_length and abs(v) < half_width * (1 - (u / half_length) ** 2) ** 1.2:
        if math.hypot((u - 4) / 14, v / 10) < 1:
            return NUCLEUS + (255,)
        return CELL + (255,)
    return TEAL + (255,)


rows = b"".join(b"\x00" + bytes(c for x in range(N) for c in pixel(x, y)) for y in range(N))


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", N, N, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png"), "wb") as f:
    f.write(png)
