#!/usr/bin/env python3
"""The command line suite: runs pg_article_cli as a user would.

    python3 test/cli/cli_suite.py PATH_TO_pg_article_cli

Prints "ok N - ..." / "not ok N - ..." lines (details as "# ..." lines) and
ends with "cli: N passed, N failed"; exits 1 when a check failed.

Every subcommand that --help lists is run on the sample articles
(articles.py); each JSON line's item text must equal the article's code
points [start_pos - 1, end_pos - 1).  Then --jsonl input (ids, escapes,
per-line publication dates), error reports and exit statuses, empty input
and standard input.
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

import articles

# The item text and its positions, per subcommand, in the SQL column names.
SPANS = {
    "tokens": [("token", "start_pos", "end_pos")],
    "sentences": [("sentence", "start_pos", "end_pos")],
    "paragraphs": [("paragraph", "start_pos", "end_pos")],
    "dates": [("expression", "start_pos", "end_pos")],
    "quotes": [("quote", "quote_start", "quote_end"),
               ("speaker", "speaker_start", "speaker_end")],
    "entities": [("entity", "start_pos", "end_pos")],
}

# Articles on which a subcommand must find something (tokens, sentences and paragraphs: all).
MUST_FIND = {
    "dates": ["curly_quotes.txt", "cjk.txt", "long_sentence.txt", "control.txt"],
    "quotes": ["curly_quotes.txt", "emoji.txt", "long_sentence.txt", "control.txt"],
    "entities": ["curly_quotes.txt", "emoji.txt"],
}

PUBLISHED = "2024-03-15"


class Suite:
    """Counts checks and prints them in TAP style."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, cond, name, *details):
        """Records one check; details are printed when it fails."""
        number = self.passed + self.failed + 1
        if cond:
            self.passed += 1
            print("ok %d - %s" % (number, name))
        else:
            self.failed += 1
            print("not ok %d - %s" % (number, name))
            for detail in details:
                for line in str(detail).splitlines()[:20]:
                    print("#   " + line)
        return bool(cond)


class Cli:
    """Runs pg_article_cli in a working directory."""

    def __init__(self, path, workdir):
        self.path = path
        self.workdir = workdir

    def run(self, args, stdin=b""):
        """Returns (exit status, stdout bytes, stderr text)."""
        proc = subprocess.run([self.path] + args, input=stdin, cwd=self.workdir,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
        return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")

    def write(self, name, data):
        """Writes a file (str as UTF-8, bytes as is) and returns its name."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(os.path.join(self.workdir, name), "wb") as f:
            f.write(data)
        return name


def parse_lines(stdout):
    """JSON objects of the output, or (None, why) when a line is not one."""
    items = []
    text = stdout.decode("utf-8")
    if text and not text.endswith("\n"):
        return None, "output does not end with a newline"
    for number, line in enumerate(text.splitlines(), 1):
        try:
            item = json.loads(line)
        except ValueError as e:
            return None, "line %d is not JSON (%s): %r" % (number, e, line[:200])
        if not isinstance(item, dict):
            return None, "line %d is not an object: %r" % (number, line[:200])
        items.append(item)
    return items, ""


def span_errors(text, items, spans):
    """Items whose text differs from text[start - 1:end - 1], or whose positions are odd."""
    errors = []
    for item in items:
        for field, start_key, end_key in spans:
            value, start, end = item.get(field), item.get(start_key), item.get(end_key)
            if value is None and start is None and end is None and field == "speaker":
                continue
            if not (isinstance(value, str) and isinstance(start, int) and isinstance(end, int)):
                errors.append("missing %s/%s/%s in %r" % (field, start_key, end_key, item))
            elif not 1 <= start < end <= len(text) + 1:
                errors.append("%s positions out of range: %r" % (field, item))
            elif text[start - 1:end - 1] != value:
                errors.append("%s %r != text[%d:%d] %r" % (
                    field, value, start - 1, end - 1, text[start - 1:end - 1]))
    return errors


def order_errors(items, start_key):
    """Items whose start comes before the previous item's."""
    starts = [item.get(start_key) for item in items]
    return ["item %d starts at %r, before %r" % (k, starts[k], starts[k - 1])
            for k in range(1, len(starts)) if starts[k] < starts[k - 1]]


def sentence_errors(items, sentences, start_key, end_key):
    """Items whose sentence_no is out of range or whose span leaves that sentence."""
    errors = []
    for item in items:
        number = item.get("sentence_no")
        if not isinstance(number, int) or not 1 <= number <= len(sentences):
            errors.append("sentence_no %r of %d: %r" % (number, len(sentences), item))
            continue
        sentence = sentences[number - 1]
        end = item.get(end_key) if end_key else item[start_key] + 1
        if not sentence["start_pos"] <= item[start_key] < end <= sentence["end_pos"]:
            errors.append("item outside sentence %d [%d, %d): %r" % (
                number, sentence["start_pos"], sentence["end_pos"], item))
    return errors


def token_errors(items):
    """Tokens numbered 1..n without overlap."""
    errors = []
    for k, item in enumerate(items):
        if item.get("token_no") != k + 1:
            errors.append("token %d has token_no %r" % (k + 1, item.get("token_no")))
        if k > 0 and item["start_pos"] < items[k - 1]["end_pos"]:
            errors.append("token %d overlaps the one before" % (k + 1))
    return errors


def quote_errors(text, items):
    """Quote fields that name text absent from the article, or bad kinds."""
    errors = []
    for item in items:
        if item.get("kind") not in ("direct", "partial", "indirect"):
            errors.append("kind %r" % item.get("kind"))
        for field in ("speaker_canonical", "speaker_role", "cue"):
            value = item.get(field)
            if value is not None and (not isinstance(value, str) or value not in text):
                errors.append("%s %r is not in the text" % (field, value))
    return errors


def help_commands(suite, cli):
    """The subcommands that --help lists."""
    status, out, err = cli.run(["--help"])
    text = out.decode("utf-8", "replace")
    block = text.split("Commands:\n", 1)[1].split("\n\n", 1)[0] if "Commands:\n" in text else ""
    commands = re.findall(r"^  (\S+)\s", block, re.M)
    suite.check(status == 0 and "tokens" in commands and "sentences" in commands,
                "--help exits 0 and lists the subcommands", text, err)
    status, out, _ = cli.run(["--version"])
    suite.check(status == 0 and out.startswith(b"pg_article_cli "), "--version", out)
    return commands


ROLES = {"headline", "dateline", "byline", "body", "credits", "boilerplate"}


def paragraph_errors(items):
    """Paragraphs with an unknown role, or dateline fields outside a dateline."""
    errors = []
    for item in items:
        if item.get("role") not in ROLES:
            errors.append("role %r" % item)
        for field in ("dateline_place", "dateline_agency"):
            value = item.get(field)
            if value is not None and (item.get("role") != "dateline" or value not in item["paragraph"]):
                errors.append("%s %r outside its dateline: %r" % (field, value, item))
    return errors


def check_article(suite, cli, command, name, text, sentences):
    """One subcommand on one article file; returns its items."""
    status, out, err = cli.run([command, "--published", PUBLISHED, name])
    items, why = parse_lines(out)
    label = "%s %s" % (command, name)
    suite.check(status == 0 and err == "", label + ": exit 0, nothing on stderr", status, err)
    if not suite.check(items is not None, label + ": JSON lines", why):
        return []
    must_find = command in ("tokens", "sentences", "paragraphs") or name in MUST_FIND.get(command, [])
    if must_find:
        suite.check(len(items) > 0, label + ": finds items")
    suite.check(all(item.get("id") == name for item in items), label + ": id is the file name",
                [item.get("id") for item in items][:5])
    if not suite.check(command in SPANS, label + ": the suite knows its span fields"):
        return items
    spans = SPANS[command]
    errors = span_errors(text, items, spans)
    suite.check(not errors, label + ": item text equals the text at its positions", *errors[:10])
    _, start_key, end_key = spans[0]
    errors = order_errors(items, start_key)
    suite.check(not errors, label + ": items in text order", *errors[:10])
    if command not in ("sentences", "paragraphs"):
        errors = sentence_errors(items, sentences, start_key,
                                 None if command == "quotes" else end_key)
        suite.check(not errors, label + ": sentence_no names the sentence holding the item",
                    *errors[:10])
    if command == "paragraphs":
        errors = paragraph_errors(items)
        suite.check(not errors, label + ": roles known, dateline fields inside their dateline",
                    *errors[:10])
    if command == "tokens":
        errors = token_errors(items)
        suite.check(not errors, label + ": token_no 1..n, no overlap", *errors[:10])
    if command == "quotes":
        errors = quote_errors(text, items)
        suite.check(not errors, label + ": kinds, speaker, role and cue from the text", *errors[:10])
    return items


def check_articles(suite, cli, commands):
    """Every listed subcommand on every sample article."""
    for name, text in articles.ARTICLES.items():
        cli.write(name, text)
        sentences = check_article(suite, cli, "sentences", name, text, [])
        for command in commands:
            if command != "sentences":
                check_article(suite, cli, command, name, text, sentences)


def jsonl_records():
    """(line, id expected in the output, text, publication date) for the --jsonl checks."""
    text_a = "The vote was held yesterday, \u201cfinally \U0001F389,\u201d said Ana Ruiz.\nJos\u00e9 agreed."
    text_b = "Yesterday\ttabs, \"straight\" quotes and a back\\slash; caf\u00e9 \U0001F468\u200D\U0001F469\u200D\U0001F467."
    text_c = "Prices fell yesterday in \u6771\u4eac."
    # json.dumps with ensure_ascii writes \u escapes and surrogate pairs for all of these
    line_a = json.dumps({"id": "a-17", "text": text_a, "published": "2024-03-15"})
    line_b = json.dumps({"id": 17, "text": text_b})
    line_c = json.dumps({"extra": [1, {"deep": [None, True]}], "text": text_c, "published": None})
    line_d = '{"id": "\\u00e9t\\u00e9\\/\\ud83d\\ude00", "text": "Seen yesterday\\n\\u00e0 \\ud83d\\ude00 ok.", "published": "2000-03-01"}'
    return [
        (line_a, "a-17", text_a, "2024-03-15"),
        (line_b, 17, text_b, None),
        ("", None, None, None),
        (line_c, 4, text_c, None),
        (line_d, "\u00e9t\u00e9/\U0001F600", "Seen yesterday\n\u00e0 \U0001F600 ok.", "2000-03-01"),
    ]


def check_jsonl(suite, cli):
    """--jsonl: ids, escapes, positions in the decoded text, per-line publication dates."""
    records = jsonl_records()
    stdin = ("\n".join(r[0] for r in records) + "\n").encode("ascii")
    default = "2020-01-01"
    by_id = {r[1]: r for r in records if r[1] is not None}

    status, out, err = cli.run(["tokens", "--jsonl"], stdin)
    items, why = parse_lines(out)
    suite.check(status == 0 and err == "" and items is not None, "jsonl tokens: exit 0, JSON lines",
                status, err, why)
    items = items or []
    ids = [item.get("id") for item in items]
    suite.check([i for k, i in enumerate(ids) if k == 0 or ids[k - 1] != i] == list(by_id),
                "jsonl tokens: ids in input order, string and numeric, line number when absent",
                ids)
    suite.check(all(type(i) is type(by_id[i][1]) for i in ids if i in by_id),
                "jsonl tokens: string ids stay strings, numeric ids numbers")
    errors = []
    for key, record in by_id.items():
        errors += span_errors(record[2], [it for it in items if it.get("id") == key], SPANS["tokens"])
    suite.check(items and not errors, "jsonl tokens: positions in the unescaped text "
                "(\\u escapes, surrogate pairs)", *errors[:10])

    status, out, err = cli.run(["dates", "--jsonl", "--published", default, "-"], stdin)
    items, why = parse_lines(out)
    suite.check(status == 0 and items is not None, "jsonl dates: exit 0, JSON lines", err, why)
    wrong = []
    for key, record in by_id.items():
        day = datetime.date.fromisoformat(record[3] or default) - datetime.timedelta(days=1)
        found = [it for it in (items or []) if it.get("id") == key
                 and it.get("expression", "").lower() == "yesterday"]
        if [it.get("value") for it in found] != [day.isoformat()]:
            wrong.append("%r: yesterday -> %r, want %s" % (key, [it.get("value") for it in found], day))
    suite.check(not wrong, "jsonl dates: a line's published overrides --published", *wrong)


def check_malformed_jsonl(suite, cli):
    """A malformed line is reported with its line and column; the others are processed."""
    bad = '{"id":"b","text":"ok",}'
    stdin = ('{"id":"a","text":"first"}\n%s\n{"id":"c","text":"third"}\n' % bad).encode()
    status, out, err = cli.run(["tokens", "--jsonl"], stdin)
    items, _ = parse_lines(out)
    column = bad.index(",}") + 2
    suite.check(status == 1, "malformed JSON line: exit 1", status)
    suite.check(re.search(r"<stdin>:2: .*column %d\b" % column, err) is not None,
                "malformed JSON line: message names line 2, column %d" % column, err)
    suite.check(items is not None and [it["id"] for it in items] == ["a", "c"],
                "malformed JSON line: the other lines are processed", out)

    name = cli.write("broken.jsonl", '{"text":"one"}\n\n\n{"id":"u","text":"unterminated}\n'
                     '{"text":"five","published":"2024-02-30"}\n{"text":"six"}\n')
    status, out, err = cli.run(["sentences", "--jsonl", name])
    items, _ = parse_lines(out)
    suite.check(status == 1 and re.search(r"broken\.jsonl:4: malformed JSON at column \d+", err),
                "malformed JSON in a file: file name and line 4", err)
    suite.check(re.search(r"broken\.jsonl:5: .*published", err) is not None,
                "bad \"published\" on a line: reported with its line", err)
    suite.check(items is not None and [it["id"] for it in items] == [1, 6],
                "malformed lines in a file: lines 1 and 6 processed, ids are line numbers", out)

    raw = b'{"id":"x","text":"ab\xffcd"}\n{"id":"y","text":"fine"}\n'
    status, out, err = cli.run(["tokens", "--jsonl"], raw)
    suite.check(status == 1 and re.search(r"<stdin>:1: invalid UTF-8 at byte offset 2\b", err)
                and b'"id":"y"' in out, "invalid UTF-8 inside a JSON line: line and offset", err)


def check_invalid_utf8(suite, cli):
    """Invalid UTF-8 files are reported with the byte offset; other files still run."""
    good = cli.write("good.txt", "Fine text.\n")
    cases = [
        (b"Hello \xff world", 6, "invalid UTF-8"),
        (b"caf\xc3\xa9 \xc3(", 6, "invalid UTF-8"),
        (b"abc\xe2\x80", 3, "invalid UTF-8"),
        (b"overlong \xc0\xaf", 9, "invalid UTF-8"),
        (b"surrogate \xed\xa0\x80", 10, "invalid UTF-8"),
        (b"nul \x00 byte", 4, "NUL character"),
    ]
    for k, (data, offset, what) in enumerate(cases):
        name = cli.write("bad%d.txt" % k, data)
        for command in ("tokens", "quotes"):
            status, out, err = cli.run([command, name, good])
            items, _ = parse_lines(out)
            suite.check(status == 1 and re.search(r"%s: %s at byte offset %d\b" % (
                re.escape(name), what, offset), err) is not None,
                "%s %r: exit 1, %s at byte offset %d" % (command, data, what, offset), status, err)
            suite.check(items is not None and {it["id"] for it in items} <= {good}
                        and (command != "tokens" or items),
                        "%s %r: the next file is still processed" % (command, data), out)
    status, out, err = cli.run(["tokens", "missing.txt", good])
    suite.check(status == 1 and "missing.txt: cannot open" in err and b'"good.txt"' in out,
                "missing file: exit 1, reported, the next file processed", err)


def check_usage_errors(suite, cli):
    """Usage errors exit 2 with a message and no output; good dates are accepted."""
    cli.write("plain.txt", "Plain text on Monday.\n")
    cases = [
        (["frobnicate", "plain.txt"], "unknown command"),
        ([], "missing command"),
        (["tokens", "--frobnicate", "plain.txt"], "unknown option"),
        (["tokens", "-x", "plain.txt"], "unknown option"),
        (["dates", "--published"], "needs a date"),
    ]
    for bad in ("2024-02-30", "2023-02-29", "2024-13-01", "2024-3-5", "yesterday", "0000-01-01",
                "2024-03-15x", ""):
        cases.append((["dates", "--published", bad, "plain.txt"], "not a date"))
        cases.append((["dates", "--published=" + bad, "plain.txt"], "not a date"))
    for args, message in cases:
        status, out, err = cli.run(args)
        suite.check(status == 2 and out == b"" and message in err,
                    "usage error %r: exit 2, %r" % (args, message), status, err)
    for good in ("2024-02-29", "0001-01-01", "9999-12-31", "2000-02-29"):
        status, out, err = cli.run(["dates", "--published=" + good, "plain.txt"])
        suite.check(status == 0 and b'"Monday"' in out, "--published %s is accepted" % good, err)


def check_empty_and_stdin(suite, cli, commands):
    """Empty input gives no output and exit 0; "-" and no FILE read stdin."""
    empty = cli.write("empty.txt", b"")
    blank = cli.write("blank.jsonl", b"\n  \n\t\n")
    for command in commands:
        for args in ([command, empty], [command, "--jsonl", empty], [command, "--jsonl", blank]):
            status, out, err = cli.run(args)
            suite.check(status == 0 and out == b"" and err == "",
                        "empty input %r: no output, exit 0" % args, status, out[:200], err)
    text = "Read from stdin on Friday, \u201cnaturally,\u201d she said. \U0001F44D\U0001F3FD\n"
    for args in (["tokens", "-"], ["tokens"], ["quotes", "-"]):
        status, out, err = cli.run(args, text.encode("utf-8"))
        items, _ = parse_lines(out)
        errors = span_errors(text, items or [], SPANS[args[0]])
        suite.check(status == 0 and items and all(it["id"] == "-" for it in items) and not errors,
                    "stdin %r: id \"-\", positions in the text" % args, err, *errors[:5])
    line = json.dumps({"id": "s", "text": text}) + "\n"
    status, out, err = cli.run(["sentences", "--jsonl", "-"], line.encode())
    items, _ = parse_lines(out)
    suite.check(status == 0 and items and items[0]["id"] == "s" and not span_errors(
        text, items, SPANS["sentences"]), "stdin --jsonl -: read and positioned", err)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: cli_suite.py PATH_TO_pg_article_cli")
    suite = Suite()
    with tempfile.TemporaryDirectory() as workdir:
        cli = Cli(os.path.abspath(sys.argv[1]), workdir)
        commands = help_commands(suite, cli)
        check_articles(suite, cli, commands)
        check_jsonl(suite, cli)
        check_malformed_jsonl(suite, cli)
        check_invalid_utf8(suite, cli)
        check_usage_errors(suite, cli)
        check_empty_and_stdin(suite, cli, commands)
    print("cli: %d passed, %d failed" % (suite.passed, suite.failed))
    return 1 if suite.failed else 0


if __name__ == "__main__":
    sys.exit(main())
