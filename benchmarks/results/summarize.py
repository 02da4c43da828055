#!/usr/bin/env python3
"""Turns a JMH -rf json file of the port-registry benchmarks into the markdown tables of the
README's "Performance" section: ns/op with error, B/op (from -prof gc), and ratios to the
baselines.

Usage: python3 benchmarks/results/summarize.py benchmarks/results/jmh-jdk17.json
"""
import json
import sys


def number(x):
    """JMH writes a statistic it cannot compute (the error of a single iteration) as the string
    "NaN"; as a float it prints as n/a instead of crashing the formatting."""
    return None if x is None else float(x)


def load(path):
    rows = {}
    with open(path) as f:
        runs = json.load(f)
    for r in runs:
        cls, method = r["benchmark"].rsplit(".", 2)[-2:]
        params = r.get("params", {})
        key = params.get("portSet") or params.get("nameCase") or ""
        pm = r["primaryMetric"]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        rows[(cls, method, key)] = {
            "score": number(pm["score"]),
            "error": number(pm["scoreError"]),
            "unit": pm["scoreUnit"],
            "p50": number(pm.get("scorePercentiles", {}).get("50.0")),
            "pct": {k: number(v) for k, v in pm.get("scorePercentiles", {}).items()},
            "n": len(pm.get("rawData", [[]])) * len(pm.get("rawData", [[]])[0]),
            "alloc": number(alloc["score"]) if alloc else None,
            "mode": r["mode"],
        }
    return rows


def fmt(x):
    if x is None or x != x:
        return "n/a"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    if abs(x) >= 100:
        return f"{x:.1f}"
    return f"{x:.2f}"


def ratio(x):
    return f"{x:,.0f}x" if x >= 100 else f"{x:.2f}x"


def table(rows, cls, methods, keys, ratios):
    """ratios: list of (label, baseline method)."""
    head = "| benchmark | keys | ns/op ± error | B/op |" + "".join(f" {l} |" for l, _ in ratios)
    print(head)
    print("|" + "---|" * (4 + len(ratios)))
    for key in keys:
        for m in methods:
            r = rows.get((cls, m, key))
            if not r:
                continue
            cells = [f"`{cls}.{m}`", key, f"{fmt(r['score'])} ± {fmt(r['error'])}", fmt(r["alloc"])]
            for _, base in ratios:
                b = rows.get((cls, base(m) if callable(base) else base, key))
                cells.append(ratio(r["score"] / b["score"]) if b else "")
            print("| " + " | ".join(cells) + " |")
    print()


def main(path):
    rows = load(path)
    print("### status(int) (budget: <= 1.5x rawByteArray, 0 B/op)\n")
    table(rows, "StatusBenchmark", ["registryStatus", "rawByteArray", "rawByteArrayToStatus"],
          ["RANDOM", "ASSIGNED"], [("vs rawByteArray", "rawByteArray"),
                                   ("vs rawByteArrayToStatus", "rawByteArrayToStatus")])
    print("### lookup(int) + status() + range() (budget: <= 3x raw, >= 3x faster than HashMap, 0 B/op)\n")
    table(rows, "LookupBenchmark", ["registryLookup", "rawByteArray", "hashMap", "linearScan"],
          ["RANDOM", "ASSIGNED"], [("vs rawByteArray", "rawByteArray"), ("vs hashMap", "hashMap")])
    print("### byServiceName(String) (budget: hit no slower than the HashMap)\n")
    table(rows, "ServiceNameBenchmark", ["registryHit", "hashMapHit", "registryMiss", "hashMapMiss"],
          ["AS_REGISTERED", "UPPER"],
          [("vs the HashMap (hit to hit, miss to miss)",
            lambda m: "hashMapHit" if m.endswith("Hit") else "hashMapMiss")])
    cold = [(m, rows.get(("ColdStartBenchmark", m, "")))
            for m in ["firstLookup", "firstDescribe", "parseCsv"]]
    cold = [(m, r) for m, r in cold if r]
    if cold and cold[-1][0] == "parseCsv":
        print("### Cold start, SingleShotTime, one call per fresh JVM "
              "(budget: median <= 10 ms and >= 10x faster than parseCsv)\n")
        print("| benchmark | forks | median ms | min ms | p90 ms | mean ms ± error "
              "| parseCsv / this (median) |")
        print("|---|---|---|---|---|---|---|")
        base = cold[-1][1]["p50"]
        for m, r in cold:
            pct = r["pct"]
            print(f"| `ColdStartBenchmark.{m}` | {r['n']} | {fmt(r['p50'])} | {fmt(pct['0.0'])} | "
                  f"{fmt(pct['90.0'])} | "
                  f"{fmt(r['score'])} ± {fmt(r['error'])} | {base / r['p50']:.1f}x |")
        print()


if __name__ == "__main__":
    main(sys.argv[1])
