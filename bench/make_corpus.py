#!/usr/bin/env python3
"""Builds the benchmark inputs from TimeML (.tml) news files.

Each article is the content of its <TEXT> element with every tag removed and
the XML entities unescaped.  Writes into OUT_DIR:
  news.txt     all articles, blank-line separated, repeated until >= --cli-mb MB
  news.jsonl   the same articles, one {"id", "text"} object per line
  articles.csv one row per article (id, body), repeated until >= --sql-mb MB,
               for COPY ... WITH (FORMAT csv)
"""
import argparse
import csv
import json
import os
import re
import sys

TEXT_RE = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
TAG_RE = re.compile(r"<[^>]*>")
ENTITY_RE = re.compile(r"&(#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);")
NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def unescape(text):
    """Replaces the five XML entities and numeric character references."""
    def one(match):
        name = match.group(1)
        if name.startswith("#x"):
            return chr(int(name[2:], 16))
        if name.startswith("#"):
            return chr(int(name[1:]))
        return NAMED[name]
    return ENTITY_RE.sub(one, text)


def read_articles(dirs):
    """Yields (name, text) for every .tml file under dirs, in sorted order."""
    for top in dirs:
        for root, _, files in sorted(os.walk(top)):
            for name in sorted(files):
                if not name.endswith(".tml"):
                    continue
                with open(os.path.join(root, name), encoding="utf-8") as f:
                    match = TEXT_RE.search(f.read())
                if match:
                    text = unescape(TAG_RE.sub("", match.group(1))).strip()
                    if text:
                        yield name[:-4], text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("source_dirs", nargs="+")
    parser.add_argument("--cli-mb", type=float, default=50)
    parser.add_argument("--sql-mb", type=float, default=8)
    args = parser.parse_args()

    articles = list(read_articles(args.source_dirs))
    if not articles:
        sys.exit("make_corpus.py: no .tml articles found")
    set_bytes = sum(len(t.encode("utf-8")) + 2 for _, t in articles)
    os.makedirs(args.out_dir, exist_ok=True)

    cli_rounds = max(1, int(-(-args.cli_mb * 1e6 // set_bytes)))
    with open(os.path.join(args.out_dir, "news.txt"), "w", encoding="utf-8") as txt, \
            open(os.path.join(args.out_dir, "news.jsonl"), "w", encoding="utf-8") as jsonl:
        for r in range(cli_rounds):
            for name, text in articles:
                txt.write(text + "\n\n")
                record = {"id": "%s-%d" % (name, r), "text": text}
                jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")

    sql_rounds = max(1, int(-(-args.sql_mb * 1e6 // set_bytes)))
    with open(os.path.join(args.out_dir, "articles.csv"), "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        for r in range(sql_rounds):
            for name, text in articles:
                writer.writerow(["%s-%d" % (name, r), text])
    print("%d articles, %.1f MB per set; CLI input %d sets, SQL table %d sets" % (
        len(articles), set_bytes / 1e6, cli_rounds, sql_rounds))


if __name__ == "__main__":
    main()
