#!/usr/bin/env python3
"""Latency (p50, p95, p99 of all requests) against concurrent learners, as an SVG line chart.

    load/plot.py sweep.csv out.svg
Written with the standard library only (no plotting package on the build machine); the chart has a
title and a text table under it, so it reads without colour.
"""
import csv, sys

rows = list(csv.DictReader(open(sys.argv[1])))
xs = [int(r["learners"]) for r in rows]
series = [("p50", "#1f77b4", "4 0"), ("p95", "#d62728", "8 4"), ("p99", "#2ca02c", "2 3")]
W, H, L, R, T, B = 720, 420, 70, 120, 50, 60
import math
# a log scale: milliseconds from 1 to the next power of ten above the largest p99
ymin, ymax = 1, 10 ** math.ceil(math.log10(max(10, max(int(r["p99"]) for r in rows))))
xmax = max(xs)
sx = lambda x: L + (W - L - R) * x / xmax
sy = lambda y: H - B - (H - T - B) * (math.log10(max(ymin, y)) - math.log10(ymin)) / (math.log10(ymax) - math.log10(ymin))
out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H + 30 + 18 * len(rows)}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="t">',
       f'<title id="t">TensorTrail response time against concurrent learners (p50, p95, p99 of all requests)</title>',
       f'<rect width="100%" height="100%" fill="white"/>',
       f'<text x="{L}" y="24" font-size="15">Response time against concurrent learners (all requests, log scale)</text>']
for i in range(int(math.log10(ymax)) + 1):
    y = 10 ** i
    out.append(f'<line x1="{L}" x2="{W - R}" y1="{sy(y):.1f}" y2="{sy(y):.1f}" stroke="#ddd"/>')
    out.append(f'<text x="{L - 8}" y="{sy(y) + 4:.1f}" text-anchor="end">{int(y)} ms</text>')
for x in xs:
    out.append(f'<text x="{sx(x):.1f}" y="{H - B + 18}" text-anchor="middle">{x}</text>')
out.append(f'<text x="{(L + W - R) / 2}" y="{H - 20}" text-anchor="middle">concurrent learners</text>')
for target, label, dy in ((250, "p95 target 250 ms", 12), (600, "p99 target 600 ms", -4)):
    if target <= ymax:
        out.append(f'<line x1="{L}" x2="{W - R}" y1="{sy(target):.1f}" y2="{sy(target):.1f}" stroke="#999" stroke-dasharray="1 4"/>')
        out.append(f'<text x="{L + 4}" y="{sy(target) + dy:.1f}" fill="#555">{label}</text>')
for name, colour, dash in series:
    pts = " ".join(f"{sx(x):.1f},{sy(int(r[name])):.1f}" for x, r in zip(xs, rows))
    out.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="2" stroke-dasharray="{dash}"/>')
    last = rows[-1]
    out.append(f'<text x="{sx(xs[-1]) + 6:.1f}" y="{sy(int(last[name])) + 4:.1f}" fill="{colour}">{name}</text>')
y0 = H + 10
out.append(f'<text x="{L}" y="{y0}" font-weight="bold">learners: p50 / p95 / p99 ms, errors of requests</text>')
for i, r in enumerate(rows):
    out.append(f'<text x="{L}" y="{y0 + 18 * (i + 1)}">{r["learners"]}: {r["p50"]} / {r["p95"]} / {r["p99"]} ms, {r["errors"]} errors of {r["requests"]}</text>')
out.append("</svg>")
open(sys.argv[2], "w").write("\n".join(out))
print("wrote", sys.argv[2])
