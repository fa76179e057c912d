#!/usr/bin/env python3
"""Scores `pg_article_cli dates` the TempEval-3 way on the TIMEX3 corpora.

    test/eval/dates/evaluate.py --corpus timebank+aquaint [--errors] [--cli PATH]
    test/eval/dates/evaluate.py --corpus meantime
    test/eval/dates/evaluate.py --corpus timebank+aquaint --min-relaxed-f1 0.9 --min-value-f1 0.8

Relaxed match: any character overlap, one gold to one system expression.
Strict match: identical span.  Type and value accuracy are over relaxed
matches; value F1 = value accuracy x relaxed F1.  Counts are pooled over
the documents.  With --min-* floors it prints
"dates-accuracy: N passed, N failed" and exits nonzero when one fails.
"""

import argparse
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpora  # noqa: E402

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
DEFAULT_CORPORA = os.path.join(REPO, "..", "shared", "corpora", "timex")


def run_cli(cli, docs):
    """Sends every document through `cli dates --jsonl`; returns the
    predictions per document id (0-based spans) and the seconds taken."""
    lines = []
    for doc in docs:
        item = {"id": doc.id, "text": doc.text}
        if doc.published:
            item["published"] = doc.published
        lines.append(json.dumps(item, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    began = time.perf_counter()
    try:
        result = subprocess.run([cli, "dates", "--jsonl"], input=data, capture_output=True)
    except OSError as error:
        raise SystemExit(f"cannot run {cli}: {error} (build it with make pg_article_cli)")
    seconds = time.perf_counter() - began
    if result.returncode != 0:
        sys.stderr.write(result.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"{cli} dates failed with status {result.returncode}")
    found = {doc.id: [] for doc in docs}
    for line in result.stdout.decode("utf-8").splitlines():
        item = json.loads(line)
        found[str(item["id"])].append(corpora.Gold(item["start_pos"] - 1, item["end_pos"] - 1,
                                                   item["type"], item["value"]))
    return found, seconds, len(data)


def align(gold, system):
    """One-to-one pairs of overlapping gold and system expressions: each
    gold takes the free system expression that overlaps it most."""
    pairs, taken = [], set()
    for g in gold:
        best, best_overlap = None, 0
        for i, s in enumerate(system):
            if i in taken:
                continue
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is not None:
            taken.add(best)
            pairs.append((g, system[best]))
    return pairs, taken


class Tally:
    """Pooled counts and the error listing."""

    def __init__(self):
        self.gold = self.system = self.relaxed = self.strict = 0
        self.type_ok = self.value_ok = 0
        self.errors = []

    def add(self, doc, system):
        pairs, taken = align(doc.gold, system)
        matched_gold = {id(g) for g, _ in pairs}
        self.gold += len(doc.gold)
        self.system += len(system)
        self.relaxed += len(pairs)
        for g, s in pairs:
            self.strict += (g.start, g.end) == (s.start, s.end)
            self.type_ok += g.type == s.type
            self.value_ok += g.value == s.value
            kinds = [k for k, bad in (("span", (g.start, g.end) != (s.start, s.end)),
                                      ("type", g.type != s.type),
                                      ("value", g.value != s.value)) if bad]
            if kinds:
                self.errors.append((doc, "/".join(kinds), g, s))
        for g in doc.gold:
            if id(g) not in matched_gold:
                self.errors.append((doc, "missed", g, None))
        for i, s in enumerate(system):
            if i not in taken:
                self.errors.append((doc, "spurious", None, s))

    def metrics(self):
        def ratio(a, b):
            return a / b if b else 0.0

        p, r = ratio(self.relaxed, self.system), ratio(self.relaxed, self.gold)
        f = ratio(2 * p * r, p + r)
        sp, sr = ratio(self.strict, self.system), ratio(self.strict, self.gold)
        type_acc, value_acc = ratio(self.type_ok, self.relaxed), ratio(self.value_ok, self.relaxed)
        return {"gold": self.gold, "system": self.system,
                "relaxed_p": p, "relaxed_r": r, "relaxed_f1": f,
                "strict_p": sp, "strict_r": sr, "strict_f1": ratio(2 * sp * sr, sp + sr),
                "type_acc": type_acc, "value_acc": value_acc, "value_f1": value_acc * f}


def describe(doc, timex):
    """One side of an error line: "text" TYPE value."""
    if timex is None:
        return "-"
    return f"{doc.text[timex.start:timex.end]!r} {timex.type} {timex.value}"


def context(doc, timex, width=50):
    """The text around an expression, on one line."""
    left = doc.text[max(0, timex.start - width):timex.start]
    right = doc.text[timex.end:timex.end + width]
    middle = doc.text[timex.start:timex.end]
    return " ".join(f"{left}[{middle}]{right}".split())


def print_errors(tally, only):
    for doc, kind, g, s in tally.errors:
        if only and not any(k in only for k in kind.split("/")):
            continue
        anchor = g or s
        print(f"{kind:18} {doc.id} dct={doc.published} gold={describe(doc, g)} "
              f"sys={describe(doc, s)}\n    {context(doc, anchor)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default="timebank+aquaint",
                        help="timebank, aquaint, timebank+aquaint or meantime")
    parser.add_argument("--corpora", default=DEFAULT_CORPORA, help="the timex corpora folder")
    parser.add_argument("--cli", default=os.path.join(REPO, "pg_article_cli"))
    parser.add_argument("--errors", nargs="?", const="all", default=None,
                        help="list errors; optionally only kinds: missed,spurious,span,type,value")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--min-relaxed-f1", type=float)
    parser.add_argument("--min-value-f1", type=float)
    args = parser.parse_args()

    docs = corpora.load(args.corpus, args.corpora)
    found, seconds, size = run_cli(args.cli, docs)
    tally = Tally()
    for doc in docs:
        tally.add(doc, found[doc.id])
    m = tally.metrics()
    m["mb_per_s"] = size / 1e6 / seconds if seconds else 0.0

    if args.errors:
        print_errors(tally, None if args.errors == "all" else set(args.errors.split(",")))
    if args.json:
        print(json.dumps(m, indent=2))
    else:
        print(f"{args.corpus}: {len(docs)} documents, {m['gold']} gold, {m['system']} found")
        print(f"relaxed  P {m['relaxed_p']:.4f}  R {m['relaxed_r']:.4f}  F1 {m['relaxed_f1']:.4f}")
        print(f"strict   P {m['strict_p']:.4f}  R {m['strict_r']:.4f}  F1 {m['strict_f1']:.4f}")
        print(f"type accuracy {m['type_acc']:.4f}  value accuracy {m['value_acc']:.4f}  "
              f"value F1 {m['value_f1']:.4f}")

    floors = [("relaxed_f1", args.min_relaxed_f1), ("value_f1", args.min_value_f1)]
    checks = [(name, floor) for name, floor in floors if floor is not None]
    if checks:
        failed = 0
        for name, floor in checks:
            ok = m[name] >= floor
            failed += not ok
            print(f"{'ok' if ok else 'not ok'} - {args.corpus} {name} {m[name]:.4f} >= {floor}")
        print(f"dates-accuracy: {len(checks) - failed} passed, {failed} failed")
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
