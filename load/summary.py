#!/usr/bin/env python3
"""Per-action figures from a Gatling report: a Markdown table and a one-line summary.

    load/summary.py [report-dir]   (default: the newest under load/target/gatling)
"""
import glob, html, os, re, sys

report = sys.argv[1] if len(sys.argv) > 1 else max(glob.glob(os.path.join(os.path.dirname(__file__), "target/gatling/*/")), key=os.path.getmtime)
page = open(os.path.join(report, "index.html"), encoding="utf-8").read()
rows = []
for m in re.finditer(r'<tr id="(req_[^"]+|ROOT)"[^>]*>(.*?)</tr>', page, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', m.group(2))
    cells = re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', m.group(2))
    v = {int(c): x for c, x in cells}
    if len(v) < 13:
        continue
    rows.append((html.unescape(name.group(1)) if name else "all requests", v))
print("| action | requests | errors | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---:|---:|---:|---:|---:|---:|")
for name, v in rows:
    print(f"| {name} | {v[2]} | {v[4]} | {v[8]} | {v[10]} | {v[11]} | {v[12]} |")
total = next((v for n, v in rows if n in ("all requests", "All Requests")), None)
worst95 = max(rows, key=lambda r: int(r[1][10]))
worst99 = max(rows, key=lambda r: int(r[1][11]))
errors = sum(int(v[4]) for n, v in rows if n not in ("all requests", "All Requests"))
print()
print(f"SUMMARY {os.path.basename(report.rstrip('/'))}: {sum(int(v[2]) for n, v in rows if n not in ('all requests','All Requests'))} requests, "
      f"{errors} errors, worst p95 {worst95[1][10]} ms ({worst95[0]}), worst p99 {worst99[1][11]} ms ({worst99[0]})"
      + (f", {total[6]} req/s" if total else ""))
