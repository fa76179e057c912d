"""Readers for the TIMEX3 corpora: each document becomes a Doc with its
plain text, its publication date and the gold expressions as code point
spans (0-based, end exclusive) of that text."""

import glob
import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field


@dataclass
class Gold:
    start: int
    end: int
    type: str
    value: str


@dataclass
class Doc:
    id: str
    text: str
    published: str | None
    gold: list = field(default_factory=list)


def read_tml(path):
    """A TimeML file: the text of <TEXT> without tags, the inline TIMEX3
    elements as gold, the DCT's value as the publication date."""
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    published = dct.get("value")[:10] if dct is not None else None
    pieces, gold = [], []
    length = 0

    def walk(element):
        nonlocal length
        start = length
        if element.text:
            pieces.append(element.text)
            length += len(element.text)
        for child in element:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)
        if element.tag == "TIMEX3":
            gold.append(Gold(start, length, element.get("type"), element.get("value")))

    walk(root.find("TEXT"))
    doc_id = os.path.splitext(os.path.basename(path))[0]
    return Doc(doc_id, "".join(pieces), published, gold)


NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "]", "}", "%", "'s", "'", "n't",
                   "'re", "'ve", "'ll", "'d", "'m", "’s"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}


def detokenize(tokens):
    """Joins (sentence, text) tokens into running text, one sentence per
    line, spaced the way news is written.  Returns the text and the code
    point span of each token."""
    out, spans = [], []
    length = 0
    previous_sentence = None
    previous = None
    open_quote = False
    for sentence, text in tokens:
        if previous_sentence is not None and sentence != previous_sentence:
            sep = "\n"
        elif previous is None:
            sep = ""
        elif text in NO_SPACE_BEFORE or previous in NO_SPACE_AFTER:
            sep = ""
        elif text == '"':
            sep = "" if open_quote else " "
        elif previous == '"' and open_quote:
            sep = ""
        else:
            sep = " "
        if text == '"':
            open_quote = not open_quote
        out.append(sep)
        length += len(sep)
        spans.append((length, length + len(text)))
        out.append(text)
        length += len(text)
        previous_sentence, previous = sentence, text
    return "".join(out), spans


def iso_date(value):
    """YYYY-MM-DD from a creation time value (one file writes DD-MM-YYYY)."""
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value or "")
    if m:
        return m.group(0)
    m = re.match(r"(\d\d)-(\d\d)-(\d{4})$", value or "")
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else None


# MEANTIME annotates the title, the dateline and the first sentences only
# (sentences 0-5); the rest of each article is left out of the evaluation.
ANNOTATED_SENTENCES = 6


def read_meantime(path):
    """A NewsReader CAT file: text of its annotated sentences rebuilt from
    the tokens, TIMEX3 markables
    with token anchors as gold (the dateline, marked CREATION_TIME, is in
    the text and counts like any other date), CREATION_TIME as the
    publication date."""
    root = ET.parse(path).getroot()
    markables = root.find("Markables")
    sentence_of = {t.get("t_id"): int(t.get("sentence")) for t in root.iter("token")}
    annotated = [sentence_of[a.get("t_id")] for a in markables.iter("token_anchor")]
    last_sentence = max([ANNOTATED_SENTENCES - 1] + annotated)
    tokens, index = [], {}
    for element in root.iter("token"):
        if sentence_of[element.get("t_id")] > last_sentence:
            break
        index[element.get("t_id")] = len(tokens)
        tokens.append((element.get("sentence"), element.text or ""))
    text, spans = detokenize(tokens)
    published, gold = None, []
    for timex in markables.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            published = iso_date(timex.get("value"))
        anchors = sorted(index[a.get("t_id")] for a in timex.iter("token_anchor"))
        if not anchors:
            continue
        gold.append(Gold(spans[anchors[0]][0], spans[anchors[-1]][1],
                         timex.get("type"), timex.get("value")))
    doc_id = os.path.splitext(os.path.basename(path))[0]
    return Doc(doc_id, text, published, gold)


def load(corpus, root):
    """Documents of a corpus name: timebank, aquaint, timebank+aquaint,
    meantime."""
    docs = []
    for part in corpus.split("+"):
        if part == "timebank":
            paths = sorted(glob.glob(os.path.join(root, "te3-train", "TimeBank", "*.tml")))
            docs += [read_tml(p) for p in paths]
        elif part == "aquaint":
            paths = sorted(glob.glob(os.path.join(root, "te3-train", "AQUAINT", "*.tml")))
            docs += [read_tml(p) for p in paths]
        elif part == "meantime":
            paths = sorted(glob.glob(os.path.join(root, "meantime-en", "*", "*.xml")))
            docs += [read_meantime(p) for p in paths]
        else:
            raise SystemExit(f"unknown corpus part {part!r}")
    if not docs:
        raise SystemExit(f"no documents for {corpus!r} under {root}")
    return docs
