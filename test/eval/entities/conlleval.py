#!/usr/bin/env python3
"""Scores `pg_article_cli entities` against a CoNLL-format file, as conlleval does.

    python3 test/eval/entities/conlleval.py [--cli PATH] [--json] FILE

FILE has one token per line with the tag in the last column (IOB1 or IOB2:
an I- tag that does not continue an entity of its type opens one),
-DOCSTART- lines between documents and blank lines between sentences.

How it measures: each document is rebuilt as text, tokens joined by single
spaces and sentences by blank lines, and given to the command line tool as
one --jsonl document.  The tool tokenizes, segments and tags that text
itself, exactly as it would an article.  Each returned entity is mapped
back to the gold tokens through its character positions: it matches a gold
entity only when it starts at the first character of the gold entity's
first token, ends at the last character of its last token, and has the
same type (PERSON counts as PER).  An entity that starts or ends inside a
gold token counts as found but wrong.  Scores are micro-averaged precision,
recall and F1 over PER, ORG, LOC and MISC, as in CoNLL-2003.
"""
import argparse
import json
import os
import subprocess
import sys
import time

TYPES = ("PER", "ORG", "LOC", "MISC")
CLI_TYPES = {"PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


def read_documents(path):
    """Yields documents as lists of sentences of (token, tag) pairs."""
    doc, sentence = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if not fields:
                if sentence:
                    doc.append(sentence)
                sentence = []
            elif fields[0] == "-DOCSTART-":
                if sentence:
                    doc.append(sentence)
                sentence = []
                if doc:
                    yield doc
                doc = []
            else:
                sentence.append((fields[0], fields[-1]))
    if sentence:
        doc.append(sentence)
    if doc:
        yield doc


def gold_spans(tags, offset):
    """Entity spans (first, last token index, type) of one sentence's tags."""
    spans, start, kind = [], None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, t = tag.partition("-")
        continues = prefix == "I" and t == kind
        if start is not None and not continues:
            spans.append((offset + start, offset + i - 1, kind))
            start, kind = None, None
        if prefix in ("B", "I") and not continues and t in TYPES:
            start, kind = i, t
    return spans


def build(docs):
    """The --jsonl input, and per document its token offsets and gold spans."""
    lines, layouts = [], []
    for number, doc in enumerate(docs):
        parts, starts, ends, gold, pos, count = [], {}, {}, set(), 0, 0
        for s, sentence in enumerate(doc):
            if s:
                parts.append("\n\n")
                pos += 2
            for k, (token, _) in enumerate(sentence):
                if k:
                    parts.append(" ")
                    pos += 1
                starts[pos] = count + k
                ends[pos + len(token)] = count + k
                parts.append(token)
                pos += len(token)
            gold.update(gold_spans([tag for _, tag in sentence], count))
            count += len(sentence)
        lines.append(json.dumps({"id": number, "text": "".join(parts)}))
        layouts.append((starts, ends, gold, count))
    return "\n".join(lines) + "\n", layouts


def run_cli(cli, text):
    """Runs the tagger over the --jsonl input; returns its entities by document and the time."""
    began = time.perf_counter()
    result = subprocess.run([cli, "entities", "--jsonl"], input=text.encode("utf-8"),
                            stdout=subprocess.PIPE, check=True)
    elapsed = time.perf_counter() - began
    found = {}
    for line in result.stdout.decode("utf-8").splitlines():
        item = json.loads(line)
        found.setdefault(item["id"], []).append(item)
    return found, elapsed


def score(layouts, found, errors=None):
    """Per-type counts [gold, found, correct]; errors, when a list, gets the mistakes."""
    counts = {t: [0, 0, 0] for t in TYPES}
    for number, (starts, ends, gold, _) in enumerate(layouts):
        matched = set()
        for _, _, t in gold:
            counts[t][0] += 1
        for item in found.get(number, []):
            t = CLI_TYPES.get(item["type"], "MISC")
            counts[t][1] += 1
            span = (starts.get(item["start_pos"] - 1), ends.get(item["end_pos"] - 1), t)
            if span in gold:
                counts[t][2] += 1
                matched.add(span)
            elif errors is not None:
                errors.append("found %-4s %s" % (t, item["entity"]))
        if errors is not None:
            errors.extend("missed %-4s tokens %d-%d" % (t, a, b)
                          for a, b, t in sorted(gold - matched))
    return counts


def prf(gold, found, correct):
    """Precision, recall and F1 in percent."""
    p = 100.0 * correct / found if found else 0.0
    r = 100.0 * correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file")
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--cli", default=os.path.join(here, "..", "..", "..", "pg_article_cli"))
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--errors", action="store_true", help="list wrong and missed entities")
    args = parser.parse_args()

    text, layouts = build(list(read_documents(args.file)))
    found, elapsed = run_cli(args.cli, text)
    errors = [] if args.errors else None
    counts = score(layouts, found, errors)
    if errors is not None:
        print("\n".join(errors))
    tokens = sum(layout[3] for layout in layouts)
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    p, r, f = prf(*total)
    if args.json:
        report = {"tokens": tokens, "seconds": elapsed, "precision": p, "recall": r, "f1": f,
                  "types": {t: dict(zip(("precision", "recall", "f1", "gold"), prf(*c) + (c[0],)))
                            for t, c in counts.items()}}
        print(json.dumps(report))
        return
    print("processed %d tokens with %d phrases; found: %d phrases; correct: %d."
          % (tokens, total[0], total[1], total[2]))
    print("precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f" % (p, r, f))
    for t in TYPES:
        tp, tr, tf = prf(*counts[t])
        print("%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d"
              % (t, tp, tr, tf, counts[t][1]))
    print("tagger time: %.3f s (%.0f tokens/s, including start-up and model loading)"
          % (elapsed, tokens / elapsed if elapsed else 0))


if __name__ == "__main__":
    sys.exit(main())
