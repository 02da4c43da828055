#!/usr/bin/env python3
"""Tests of summarize.py: python3 benchmarks/results/test_summarize.py (run by .ci/run).

testdata/one-iteration.json is a real JMH run with one measurement iteration, where JMH writes
every error as the string "NaN"."""
import contextlib
import io
import json
import os
import unittest

import summarize

HERE = os.path.dirname(os.path.abspath(__file__))
ONE_ITERATION = os.path.join(HERE, "testdata", "one-iteration.json")
RECORDED = os.path.join(HERE, "jmh-jdk17.json")


def run(path):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        summarize.main(path)
    return out.getvalue()


def score(path, benchmark):
    with open(path) as f:
        runs = json.load(f)
    for r in runs:
        if r["benchmark"].endswith("." + benchmark) and r.get("params", {}).get("portSet") in (
                None, "RANDOM"):
            return r["primaryMetric"]["score"]
    raise KeyError(benchmark)


class OneIterationTest(unittest.TestCase):
    def test_errors_written_as_nan_print_as_na_and_ratios_are_computed(self):
        text = run(ONE_ITERATION)
        status = score(ONE_ITERATION, "registryStatus")
        raw = score(ONE_ITERATION, "rawByteArray")
        row = next(l for l in text.splitlines() if l.startswith("| `StatusBenchmark.registryStatus`"))
        self.assertIn(f"| RANDOM | {summarize.fmt(status)} ± n/a |", row)
        self.assertIn(summarize.ratio(status / raw), row)

    def test_cold_start_table_from_one_fork(self):
        text = run(ONE_ITERATION)
        first = score(ONE_ITERATION, "firstLookup")
        row = next(l for l in text.splitlines() if l.startswith("| `ColdStartBenchmark.firstLookup`"))
        self.assertTrue(row.startswith(f"| `ColdStartBenchmark.firstLookup` | 1 | {summarize.fmt(first)} |"))
        self.assertIn("± n/a", row)


class RecordedRunTest(unittest.TestCase):
    def test_the_recorded_run_still_summarizes_with_errors(self):
        text = run(RECORDED)
        self.assertIn("### status(int)", text)
        self.assertIn("### Cold start", text)
        self.assertNotIn("± n/a", text)


if __name__ == "__main__":
    os.chdir(HERE)
    unittest.main()
