#!/usr/bin/env python3
"""Builds the entity lexicons in data/lexicons/ from Debian packages' data.

    apt-get install iso-codes tzdata unicode-cldr-core wordnet-base \
        libgeonames0 libglib2.0-bin
    python3 scripts/build_lexicons.py [OUTPUT_DIR]

Each output file is one category (the file name), one name per line, sorted.
Besides names, six class_* files list common nouns by WordNet class (band,
railroad, battle), which mark the words around names, and common_word lists
every one-word lower-case WordNet lemma: a capitalised common word (River,
Reservoir, Records) is seldom a person's name.  The tagger matches them
with a token trie (src/core/lexicon.c) and learns a
weight for each category, so after rebuilding the lexicons retrain the model
(make model).  Only facts (names) are taken from the packages; the sources
and their licences are listed in data/lexicons/SOURCES.md.
"""
import json
import os
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

ISO = "/usr/share/iso-codes/json"
ZONE_TAB = "/usr/share/zoneinfo/zone.tab"
CLDR_EN = "/usr/share/unicode/cldr/common/main/en.xml"
WORDNET = "/usr/share/wordnet"
GEONAMES_LIB = "/usr/lib/x86_64-linux-gnu/libgeonames.so.0"
GEONAMES_RESOURCE = "/com/lomiri/geonames/cities.compiled"
CITY_MIN_POPULATION = 15000

# WordNet lexicographer files of noun instances, by the category they feed.
WORDNET_PERSON = {18}                  # noun.person
WORDNET_PLACE = {15, 17}               # noun.location, noun.object (rivers, mountains)
WORDNET_GROUP = {14}                   # noun.group (organisations, bands, teams)
WORDNET_OTHER = {4, 6, 10, 11}         # act, artifact, communication, event


def clean(name):
    """A name as written in text: parentheses and commas' tails dropped, spaces single."""
    name = re.sub(r"\s*\(.*?\)", "", name).replace("_", " ")
    return " ".join(name.split())


def keep(name):
    """Names worth matching: capitalised, not too long."""
    return bool(name) and name[0].isupper() and len(name.split()) <= 8


def iso_names(file, key, fields):
    """Names from an iso-codes JSON file."""
    with open(os.path.join(ISO, file), encoding="utf-8") as f:
        entries = json.load(f)[key]
    for entry in entries:
        for field in fields:
            if field in entry:
                yield clean(entry[field])


def cldr(element):
    """CLDR English display names of territories or languages (standard forms)."""
    tree = ET.parse(CLDR_EN)
    for node in tree.iter(element):
        if node.text and node.get("alt") in (None, "short", "variant"):
            yield node.get("type"), clean(node.text)


def zone_cities():
    """City names of tzdata time zones (America/New_York -> New York)."""
    with open(ZONE_TAB, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            zone = line.split("\t")[2].strip()
            yield zone.rsplit("/", 1)[-1].replace("_", " ")


def geonames_cities():
    """(name, population) of the GeoNames cities compiled into libgeonames.

    The resource is a GVariant array of (id, name, admin1 code, admin1 name,
    country code, country name, zone, population u32, latitude, longitude)
    records, each 8-byte aligned and followed by one framing offset per string.
    """
    data = subprocess.run(["gresource", "extract", GEONAMES_LIB, GEONAMES_RESOURCE],
                          stdout=subprocess.PIPE, check=True).stdout
    pos = 0
    while True:
        start = pos
        try:
            fields = []
            for _ in range(7):
                end = data.index(b"\0", pos)
                fields.append(data[pos:end].decode("utf-8"))
                pos = end + 1
        except (ValueError, UnicodeDecodeError):
            return  # the array's own framing offsets at the end
        if not fields[0].isdigit():
            return
        pos = (pos + 3) & ~3
        population = struct.unpack_from("<I", data, pos)[0]
        pos = ((pos + 4 + 7) & ~7) + 16
        pos += 7 if pos + 7 - start <= 255 else 14
        pos = (pos + 7) & ~7
        yield fields[1], population
        if fields[3]:
            yield fields[3], 0


def wordnet_synsets(part):
    """(offset, lexfile, words, pointers) of each WordNet synset of a part of speech."""
    with open(os.path.join(WORDNET, "data." + part), encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head = line.split(" | ")[0].split()
            count = int(head[3], 16)
            words = [head[4 + 2 * i] for i in range(count)]
            rest = head[4 + 2 * count:]
            pointers = [(rest[1 + 4 * i], rest[2 + 4 * i]) for i in range(int(rest[0]))]
            yield head[0], int(head[1]), words, pointers


def wordnet_lexicons():
    """WordNet instance names by category, and nationality adjectives."""
    found = {"wordnet_person": set(), "wordnet_place": set(), "wordnet_group": set(),
             "wordnet_other": set(), "given_name": set()}
    places = set()
    for offset, lexfile, words, pointers in wordnet_synsets("noun"):
        if not any(symbol == "@i" for symbol, _ in pointers):
            continue
        names = [clean(re.sub(r"\(.*$", "", w)) for w in words]
        if lexfile in WORDNET_PERSON:
            found["wordnet_person"].update(names)
            found["given_name"].update(n.split()[0] for n in names if len(n.split()) >= 2)
        elif lexfile in WORDNET_PLACE:
            found["wordnet_place"].update(names)
            places.add(offset)
        elif lexfile in WORDNET_GROUP:
            found["wordnet_group"].update(names)
        elif lexfile in WORDNET_OTHER:
            found["wordnet_other"].update(names)
    adjectives = set()
    for _, _, words, pointers in wordnet_synsets("adj"):
        if any(symbol == "\\" and target in places for symbol, target in pointers):
            adjectives.update(clean(re.sub(r"\(.*$", "", w)) for w in words)
    return found, adjectives


# Common nouns by WordNet lexicographer file, for the word classes around names
# ("the band ...", "... Records", "Battle of ..."): nouns whose sense is tagged
# at least CLASS_MIN_COUNT times in WordNet's sense-tagged corpus counts.
CLASS_FILES = {"class_person": 18, "class_group": 14, "class_location": 15,
               "class_artifact": 6, "class_communication": 10, "class_event": 11}
CLASS_MIN_COUNT = 2


def plural(noun):
    """The regular English plural of a noun."""
    if re.search(r"(s|x|z|ch|sh)$", noun):
        return noun + "es"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + "s"


def word_classes():
    """Common one-word nouns (and their plurals) per class, from cntlist.rev."""
    classes = {name: set() for name in CLASS_FILES}
    by_file = {number: name for name, number in CLASS_FILES.items()}
    with open(os.path.join(WORDNET, "cntlist.rev"), encoding="utf-8") as f:
        for line in f:
            key, _, count = line.split()
            lemma, _, sense = key.partition("%")
            part, lexfile = sense.split(":")[:2]
            name = by_file.get(int(lexfile)) if part == "1" else None
            if name and int(count) >= CLASS_MIN_COUNT and lemma.isalpha():
                classes[name].update((lemma, plural(lemma)))
    return classes


def common_words():
    """Every one-word lower-case WordNet lemma, with the plurals of the nouns."""
    words = set()
    for part in ("noun", "verb", "adj", "adv"):
        for _, _, lemmas, _ in wordnet_synsets(part):
            for lemma in (re.sub(r"\(.*$", "", w) for w in lemmas):
                if lemma.isalpha() and lemma.islower():
                    words.add(lemma)
                    if part == "noun":
                        words.add(plural(lemma))
    return words


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "data", "lexicons")
    lexicons = {name: set() for name in ("country", "subdivision", "city",
                                         "nationality")}
    lexicons["country"].update(iso_names("iso_3166-1.json", "3166-1",
                                         ("name", "common_name", "official_name")))
    lexicons["country"].update(iso_names("iso_3166-3.json", "3166-3", ("name",)))
    lexicons["subdivision"].update(iso_names("iso_3166-2.json", "3166-2", ("name",)))
    for code, name in cldr("territory"):
        lexicons["country"].add(name)     # countries and regions (Europe, Western Asia)
    for _, name in cldr("language"):
        lexicons["nationality"].add(name)
    lexicons["city"].update(zone_cities())
    for name, population in geonames_cities():
        if population >= CITY_MIN_POPULATION:
            lexicons["city"].add(clean(name))
        elif population == 0:
            lexicons["subdivision"].add(clean(name))
    found, adjectives = wordnet_lexicons()
    lexicons.update(found)
    lexicons["nationality"].update(adjectives)
    classes = word_classes()
    classes["common_word"] = common_words()
    os.makedirs(out, exist_ok=True)
    for category, names in sorted(list(lexicons.items()) + list(classes.items())):
        kept = sorted(n for n in names if keep(n) or category in classes)
        with open(os.path.join(out, category + ".txt"), "w", encoding="utf-8") as f:
            f.write("".join(n + "\n" for n in kept))
        print("%-16s %6d names" % (category, len(kept)))


if __name__ == "__main__":
    main()
