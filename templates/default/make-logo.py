#!/usr/bin/env python3
"""Draws logo.png for the default template: an arch-bridge mark and the wordmark of the fictitious
firm "Northbridge Assurance Partners", as an 8-bit RGBA PNG (libharu cannot embed 16-bit PNGs).

Only the standard library: shapes are rasterised with 4x4 supersampling and written with zlib.
    python3 templates/default/make-logo.py   # rewrites templates/default/logo.png
"""
import math
import os
import struct
import zlib

NAVY = (0x1B, 0x36, 0x5D)
BLUE = (0x00, 0x72, 0xB2)
SKY = (0x56, 0xB4, 0xE9)
SS = 4  # subsamples per pixel and axis

W, H = 708, 170
# Per pixel: list of (coverage, colour); composited in drawing order onto transparency.
rgba = [[0.0, 0.0, 0.0, 0.0] for _ in range(W * H)]


def put(x, y, cover, colour):
    if cover <= 0 or not (0 <= x < W and 0 <= y < H):
        return
    p = rgba[y * W + x]
    a = cover
    # "over" compositing, premultiplied
    p[0] = colour[0] * a + p[0] * (1 - a)
    p[1] = colour[1] * a + p[1] * (1 - a)
    p[2] = colour[2] * a + p[2] * (1 - a)
    p[3] = a + p[3] * (1 - a)


def fill(inside, box, colour):
    """Fills the shape given by inside(x, y) (pixel coordinates, y down) within box."""
    x0, y0, x1, y1 = box
    for y in range(max(0, int(y0)), min(H, int(math.ceil(y1)) + 1)):
        for x in range(max(0, int(x0)), min(W, int(math.ceil(x1)) + 1)):
            n = 0
            for sy in range(SS):
                for sx in range(SS):
                    if inside(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS):
                        n += 1
            put(x, y, n / (SS * SS), colour)


def strokes(segments, width, colour):
    """Thick round-capped lines; coverage of overlapping segments is merged before compositing."""
    cover = {}
    r = width / 2
    for (ax, ay), (bx, by) in segments:
        x0, x1 = min(ax, bx) - r - 1, max(ax, bx) + r + 1
        y0, y1 = min(ay, by) - r - 1, max(ay, by) + r + 1
        dx, dy = bx - ax, by - ay
        ll = dx * dx + dy * dy
        for y in range(max(0, int(y0)), min(H, int(y1) + 1)):
            for x in range(max(0, int(x0)), min(W, int(x1) + 1)):
                hits = cover.setdefault((x, y), set())
                if len(hits) == SS * SS:
                    continue
                for sy in range(SS):
                    for sx in range(SS):
                        if (sx, sy) in hits:
                            continue
                        px, py = x + (sx + 0.5) / SS, y + (sy + 0.5) / SS
                        t = 0 if ll == 0 else max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / ll))
                        qx, qy = ax + t * dx - px, ay + t * dy - py
                        if qx * qx + qy * qy <= r * r:
                            hits.add((sx, sy))
    for (x, y), hits in cover.items():
        put(x, y, len(hits) / (SS * SS), colour)


def arc(cx, cy, rx, ry, a0, a1, steps=24):
    """Points of an elliptic arc in glyph units (y up), angles in degrees."""
    return [(cx + rx * math.cos(math.radians(a0 + (a1 - a0) * i / steps)),
             cy + ry * math.sin(math.radians(a0 + (a1 - a0) * i / steps))) for i in range(steps + 1)]


def poly(points):
    return [(points[i], points[i + 1]) for i in range(len(points) - 1)]


# A geometric stroke alphabet on a cap height of 10 units: (width, list of polylines).
GLYPHS = {
    "A": (7.5, [[(0, 0), (3.75, 10), (7.5, 0)], [(1.5, 3.6), (6, 3.6)]]),
    "B": (6.6, [[(0, 0), (0, 10), (3.6, 10)] + arc(3.6, 7.6, 2.4, 2.4, 90, -90)[1:] + [(0, 5.2)],
                [(0, 5.2), (4, 5.2)] + arc(4, 2.6, 2.6, 2.6, 90, -90)[1:] + [(0, 0)]]),
    "C": (7.6, [arc(4.2, 5, 4.2, 5, 40, 320, 32)]),
    "D": (7.2, [[(0, 0), (0, 10), (2.4, 10)] + arc(2.4, 5, 4.8, 5, 90, -90, 32)[1:] + [(0, 0)]]),
    "E": (6.0, [[(6, 10), (0, 10), (0, 0), (6, 0)], [(0, 5.1), (5.2, 5.1)]]),
    "G": (8.0, [arc(4.2, 5, 4.2, 5, 40, 360, 32), [(8.4, 5), (4.8, 5)]]),
    "H": (7.0, [[(0, 0), (0, 10)], [(7, 0), (7, 10)], [(0, 5.1), (7, 5.1)]]),
    "I": (0.0, [[(0, 0), (0, 10)]]),
    "N": (7.0, [[(0, 0), (0, 10), (7, 0), (7, 10)]]),
    "O": (8.4, [arc(4.2, 5, 4.2, 5, 0, 360, 40)]),
    "P": (6.4, [[(0, 0), (0, 10), (3.8, 10)] + arc(3.8, 7.4, 2.6, 2.6, 90, -90)[1:] + [(0, 4.8)]]),
    "R": (6.6, [[(0, 0), (0, 10), (3.8, 10)] + arc(3.8, 7.4, 2.6, 2.6, 90, -90)[1:] + [(0, 4.8)],
                [(3.2, 4.8), (6.4, 0)]]),
    "S": (6.8, [arc(3.4, 7.5, 3.2, 2.5, 25, 270, 20) + arc(3.4, 2.5, 3.4, 2.5, 90, -155, 20)[1:]]),
    "T": (7.0, [[(0, 10), (7, 10)], [(3.5, 10), (3.5, 0)]]),
    "U": (7.0, [[(0, 10), (0, 3.5)] + arc(3.5, 3.5, 3.5, 3.5, 180, 360, 20)[1:] + [(7, 10)]]),
    " ": (3.5, []),
}


def text(s, x, baseline, cap, weight, spacing, colour):
    """Draws `s` with its left edge at x; returns the x after it."""
    k = cap / 10.0
    segments = []
    for ch in s:
        w, lines = GLYPHS[ch]
        for line in lines:
            pts = [(x + px * k, baseline - py * k) for px, py in line]
            segments += poly(pts)
        x += w * k + spacing
    strokes(segments, weight, colour)
    return x - spacing


def text_width(s, cap, spacing):
    k = cap / 10.0
    return sum(GLYPHS[ch][0] * k for ch in s) + spacing * (len(s) - 1)


def mark(x0, y0, size):
    """A navy rounded square with a white arch bridge over a blue deck."""
    r = size * 0.16

    def rounded(px, py):
        qx = min(max(px, x0 + r), x0 + size - r)
        qy = min(max(py, y0 + r), y0 + size - r)
        return (px - qx) ** 2 + (py - qy) ** 2 <= r * r and x0 <= px <= x0 + size and y0 <= py <= y0 + size

    fill(rounded, (x0, y0, x0 + size, y0 + size), NAVY)
    deck = y0 + size * 0.64
    left, right = x0 + size * 0.14, x0 + size * 0.86
    top = y0 + size * 0.24
    # the arch: an ellipse's upper half springing from the deck
    cx, rx, ry = (left + right) / 2, (right - left) / 2, deck - top
    # hangers from the arch down to the deck
    hangers = []
    for i in range(1, 6):
        hx = left + (right - left) * i / 6
        hy = deck - ry * math.sqrt(max(0.0, 1 - ((hx - cx) / rx) ** 2))
        hangers.append(((hx, hy), (hx, deck)))
    strokes(hangers, size * 0.028, SKY)
    pts = [(cx + rx * math.cos(math.radians(a)), deck - ry * math.sin(math.radians(a))) for a in range(180, -1, -6)]
    strokes(poly(pts), size * 0.07, (255, 255, 255))
    # the deck and the water line
    strokes([((x0 + size * 0.08, deck), (x0 + size * 0.92, deck))], size * 0.06, SKY)
    strokes([((x0 + size * 0.30, y0 + size * 0.80), (x0 + size * 0.70, y0 + size * 0.80))], size * 0.04, BLUE)


def write_png(path):
    raw = bytearray()
    for y in range(H):
        raw.append(0)
        for x in range(W):
            p = rgba[y * W + x]
            a = p[3]
            if a <= 0:
                raw += b"\xff\xff\xff\x00"
                continue
            raw += bytes((round(p[0] / a), round(p[1] / a), round(p[2] / a), round(a * 255)))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(bytes(raw), 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


mark(6, 6, 158)
x = 196
text("NORTHBRIDGE", x, 92, 58, 8.5, 9, NAVY)
text("ASSURANCE PARTNERS", x + 2, 146, 25, 4.2, 7.2, BLUE)
write_png(os.path.join(os.path.dirname(os.path.abspath(__file__)), "logo.png"))
