#!/usr/bin/env python3
"""Sorts the date lexicon of src/core/dates_lexicon.c and rebuilds its hash
slot table.

    python3 scripts/dates_lexicon_slots.py

The lexicon is the list of E("word", ...) lines between the LEXICON markers;
the slot table (between the SLOTS markers) maps each slot of an
open-addressing table to an entry index + 1.  The home slot hashes the
word's bytes; collisions probe linearly, exactly as dt_lexicon_find_readable()
(dates_lexicon_find.h) does.
Run this after editing the lexicon; the unit tests fail until the table
matches (dt_lexicon_is_sorted).
"""
import os
import re
import sys

SLOTS = 1024
PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "core", "dates_lexicon.c")


def word_slot(word):
    """The home slot of a word, as dt_lexicon_find_readable() in
    dates_lexicon_find.h computes it: a multiplicative hash of its first 8 bytes xor its next 8,
    each read with the first byte lowest, zero-padded (setting bit 0x20, as
    the C code does, changes no byte of a lexicon word)."""
    b = word.encode("ascii").ljust(16, b"\0")
    key = int.from_bytes(b[:8], "little") ^ int.from_bytes(b[8:], "little")
    return ((key * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF) >> 54


def between(text, begin, end):
    start = text.index(begin) + len(begin)
    return start, text.index(end, start)


def main():
    text = open(PATH).read()
    start, end = between(text, "/* LEXICON BEGIN */\n", "\t/* LEXICON END */")
    lines = [line for line in text[start:end].split("\n") if line.strip()]
    words = [re.search(r'E\("([^"]+)"', line).group(1) for line in lines]
    if len(set(words)) != len(words):
        sys.exit("duplicate words in the lexicon")
    order = sorted(range(len(words)), key=lambda i: words[i].encode())
    lines = [lines[i] for i in order]
    words = [words[i] for i in order]
    text = text[:start] + "\n".join(lines) + "\n" + text[end:]

    slots = [0] * SLOTS
    for index, word in enumerate(words):
        slot = word_slot(word)
        while slots[slot]:
            slot = (slot + 1) & (SLOTS - 1)
        slots[slot] = index + 1
    rows = []
    for i in range(0, SLOTS, 16):
        rows.append("\t" + ", ".join(str(v) for v in slots[i:i + 16]) + ",")
    start, end = between(text, "/* SLOTS BEGIN */\n", "\t/* SLOTS END */")
    text = text[:start] + "\n".join(rows) + "\n" + text[end:]
    open(PATH, "w").write(text)
    print(f"{len(words)} words, {SLOTS} slots")


if __name__ == "__main__":
    main()
