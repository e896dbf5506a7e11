#!/usr/bin/env python3
"""Builds newsgraph's hand-labelled event set (country dyads and CAMEO root codes) from Wikinews.

  select CSV...  -> tools/eventgold/sentences.tsv          the sentences to label, chosen once
  build          -> eval-data/events/wikinews-events.jsonl sentences joined with their labels

Labels are written by a person into tools/eventgold/labels.tsv; this script never proposes one.
`select` only splits articles into sentences (with the tokenizer and sentence splitter of
tools/conll/wikinews_ner.py) and picks which sentences to label: those that name actors of two or
more countries (country names, official names, capitals, adjectives and aliases from newsgraph's
country table, plus the surnames of a few heads of state and ministers in the 2019-2020 news) and
a random sample of the others, so that a coder's precision is tested on sentences without events.
`build` checks that every selected sentence has exactly one label line and every label is well
formed, and prints the counts.
"""
import argparse
import csv
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "tools" / "eventgold"
SENTENCES = HERE / "sentences.tsv"
LABELS = HERE / "labels.tsv"
OUT = ROOT / "eval-data" / "events" / "wikinews-events.jsonl"
COUNTRIES = ROOT / "core/src/main/resources/org/newsgraph/extract/actor/countries.tsv"

SEED = 20261125
OTHERS = 85  # random sentences among those naming fewer than two countries
MIN_WORDS, MAX_WORDS = 6, 70

# People the 2019-2020 news names by surname alone; only used to find candidates.
LEADERS = {
    "Trump": "USA", "Pompeo": "USA", "Pence": "USA", "Putin": "RUS", "Lavrov": "RUS",
    "Erdoğan": "TUR", "Erdogan": "TUR", "Xi": "CHN", "Macron": "FRA", "Merkel": "DEU",
    "Modi": "IND", "Netanyahu": "ISR", "Rouhani": "IRN", "Khamenei": "IRN", "Zarif": "IRN",
    "Assad": "SYR", "Kim Jong-un": "PRK", "Moon Jae-in": "KOR", "Abe": "JPN", "Trudeau": "CAN",
    "Maduro": "VEN", "Guaidó": "VEN", "Bolsonaro": "BRA", "Zelensky": "UKR", "Sisi": "EGY",
    "Haftar": "LBY", "Sarraj": "LBY", "Imran Khan": "PAK", "Boris Johnson": "GBR",
    "Theresa May": "GBR", "Morrison": "AUS", "Ardern": "NZL", "Duterte": "PHL",
    "Biden": "USA", "Bolton": "USA", "Khalilzad": "USA", "Soleimani": "IRN", "Zelenskyy": "UKR",
    "Lukashenko": "BLR", "Navalny": "RUS", "Mitsotakis": "GRC", "Ebrard": "MEX",
    "Kim Jong Un": "PRK",
}
# Institutions and groups named without their country; only used to find candidates.
INSTITUTIONS = {
    "White House": "USA", "Pentagon": "USA", "State Department": "USA", "NASA": "USA",
    "Kremlin": "RUS", "Downing Street": "GBR", "Taliban": "AFG", "Houthi": "YEM",
    "Houthis": "YEM", "Hezbollah": "LBN", "Hamas": "PSE",
}

_spec = importlib.util.spec_from_file_location("wikinews_ner", ROOT / "tools/conll/wikinews_ner.py")
conll = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(conll)

CODE = re.compile(r"^[A-Z]{3}$")
ROOT_CODE = re.compile(r"^(0[1-9]|1[0-9]|20)$")


def country_names():
    """name -> country code, from the country table (names, official names, capitals, adjectives,
    aliases) and LEADERS."""
    names = {}
    for line in COUNTRIES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        f = line.split("\t")
        code = f[2]
        for field in (f[3], f[4], f[7], f[8], f[9]):
            for name in field.split("|"):
                name = name.strip()
                if len(name) >= 3 or name in ("US", "UK"):
                    names.setdefault(name, code)
    for name, code in {**LEADERS, **INSTITUTIONS}.items():
        names.setdefault(name, code)
    return names


def slug(url):
    return url.rsplit("/wiki/", 1)[1]


def article_sentences(row):
    """(n, text) of the article's sentences: the title is 0, the body counts on from 1."""
    out = [(0, " ".join(row["title"].split()))]
    paragraphs = conll.article_text(row).split("\n\n")[1:]
    n = 1
    for paragraph in paragraphs:
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        tokens = conll.tokenize(paragraph)
        items = [(t[0], i, t[3]) for i, t in enumerate(tokens)]
        for sent in conll.sentences(items):
            first, last = tokens[sent[0][1]], tokens[sent[-1][1]]
            out.append((n, paragraph[first[1]:last[2]]))
            n += 1
    return out


def countries_in(text, matcher, names):
    return {names[m.group(1)] for m in matcher.finditer(text)}


def select(args):
    conll.csv.field_size_limit(10**9)
    names = country_names()
    alternatives = sorted(names, key=len, reverse=True)
    matcher = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in alternatives) + r")(?![\w])")
    multi, others = [], []  # every sentence naming two or more countries; a sample of the rest
    for f in args.csv:
        with open(f, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for n, text in article_sentences(row):
                    words = len(text.split())
                    if not MIN_WORDS <= words <= MAX_WORDS or "\t" in text:
                        continue
                    item = (f"{slug(row['url'])}#{n}", row["date"], text)
                    if len(countries_in(text, matcher, names)) >= 2:
                        multi.append(item)
                    else:
                        others.append(item)
    rng = random.Random(SEED)
    chosen = [("multi", *x) for x in multi]
    chosen += [("other", *x) for x in rng.sample(others, OTHERS)]
    chosen.sort(key=lambda x: (x[2], x[1].split("#")[0], int(x[1].split("#")[1])))
    with open(SENTENCES, "w", encoding="utf-8") as out:
        out.write("# id\tpublished\tkind\ttext  (written by wikinews_events.py select; do not edit)\n")
        for kind, sid, date, text in chosen:
            out.write(f"{sid}\t{date}\t{kind}\t{text}\n")
    print(f"{len(multi)} sentences naming two or more countries, {len(others)} others; "
          f"{len(chosen)} sentences written to {SENTENCES.relative_to(ROOT)}")


def read_sentences():
    rows = []
    for line in SENTENCES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        sid, date, kind, text = line.split("\t")
        rows.append((sid, date, kind, text))
    return rows


def parse_events(field, where):
    """'FRA LBY 03 offer to help; USA IRN 11 condemned' -> events; '-' -> none."""
    field = field.strip()
    if field == "-":
        return []
    events = []
    for part in field.split(";"):
        bits = part.strip().split(" ", 3)
        if len(bits) < 3:
            sys.exit(f"{where}: expected 'SRC TGT RR note', got {part.strip()!r}")
        src, tgt, root = bits[:3]
        if not CODE.match(src) or not CODE.match(tgt) or not ROOT_CODE.match(root):
            sys.exit(f"{where}: bad codes in {part.strip()!r}")
        if src == tgt:
            sys.exit(f"{where}: source and target are both {src}")
        event = {"source": src, "target": tgt, "root": root}
        if len(bits) == 4 and bits[3].strip():
            event["note"] = bits[3].strip()
        events.append(event)
    return events


def read_labels(path, ids):
    """The labels file (id TAB events; # comments): events by sentence id, exactly one line for
    each of ids, or exit with what is wrong."""
    labels = {}
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or not line.strip():
            continue
        if "\t" not in line:
            sys.exit(f"{path.name} line {i}: expected 'id<TAB>events'")
        sid, field = line.split("\t", 1)
        if sid in labels:
            sys.exit(f"{path.name} line {i}: {sid} labelled twice")
        labels[sid] = parse_events(field, f"{path.name} line {i}")
    unknown = sorted(set(labels) - set(ids))
    missing = [sid for sid in ids if sid not in labels]
    if unknown or missing:
        sys.exit(f"labels for unknown sentences: {unknown[:5]}; sentences without labels: "
                 f"{len(missing)}, e.g. {missing[:5]}")
    return labels


def build(_args):
    sentences = read_sentences()
    labels = read_labels(LABELS, [s[0] for s in sentences])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    roots, kinds, with_events = Counter(), Counter(), Counter()
    with open(OUT, "w", encoding="utf-8") as out:
        for sid, date, kind, text in sentences:
            events = labels[sid]
            out.write(json.dumps({"id": sid, "published": date, "text": text, "events": events},
                                 ensure_ascii=False) + "\n")
            kinds[kind] += 1
            with_events[kind] += bool(events)
            roots.update(e["root"] for e in events)
    total = sum(roots.values())
    print(f"{len(sentences)} sentences ({kinds['multi']} multi-country, {with_events['multi']} of"
          f" them with events; {kinds['other']} others, {with_events['other']} with events),"
          f" {total} triples")
    print("by root: " + ", ".join(f"{r} {roots[r]}" for r in sorted(roots)))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("select", help="choose the sentences to label")
    s.add_argument("csv", nargs="+", help="demo/wikinews/wikinews_2019.csv demo/wikinews/wikinews_2020.csv")
    sub.add_parser("build", help="join sentences and labels into the JSONL file")
    args = p.parse_args()
    select(args) if args.cmd == "select" else build(args)


if __name__ == "__main__":
    main()
