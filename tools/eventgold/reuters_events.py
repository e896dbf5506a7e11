#!/usr/bin/env python3
"""Builds newsgraph's second hand-labelled event set from Reuters-21578 (1987 newswire).

  select DIR|SGM_GZ...  -> tools/eventgold/reuters-sentences.tsv  the sentences to label
  build                 -> eval-data/events/reuters-events.jsonl  references, with their labels

The set is drawn from more than one corpus file (FILES below: reut2-017, reut2-013, then
reut2-010), each file's sentences chosen on their own, the same way, with a fresh generator on the
same seed, so adding a file never changes the selection of another. Ids are reuters-<NEWID>#<n>,
and NEWIDs are unique across the corpus, so they stay unique across files.

Reuters-21578 is distributed for research only, so the bundled set holds no text: each sentence
is a reference into the corpus (the story's NEWID, the sentence's number in the story, its
character span in the story's BODY and a SHA-256 of its text), and newsgraph's
ReutersEventReader rebuilds the text from a local copy of the corpus. The selection file
(reuters-sentences.tsv, which holds the text, for the labeller) is not committed; `select`
writes it again, deterministically, from the same corpus file.

Labels are written by a person into one labels file per corpus file (FILES: reuters-labels.tsv for
reut2-017, reuters-labels-013.tsv for reut2-013, reuters-labels-010.tsv for reut2-010); this
script never proposes one. `select` only splits story bodies into sentences (with the tokenizer
and sentence splitter of tools/conll/wikinews_ner.py) and picks which to label: those naming
actors of two or more countries (as tools/eventgold/wikinews_events.py finds them, with 1987's
countries, leaders and institutions added; a random sample of them, as one file holds far more
than can be labelled) and a random sample of the others. `build` checks that every selected
sentence has exactly one well-formed label line, and prints the counts.

The text of a sentence is the BODY of its story with SGML entities decoded (&lt; &gt; &amp; &quot;
and &#N;, control characters dropped), cut at [start, end), and every run of white space made one
space. The hash is SHA-256 of that text in UTF-8, as lower-case hex.
"""
import argparse
import gzip
import hashlib
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "tools" / "eventgold"
SENTENCES = HERE / "reuters-sentences.tsv"
OUT = ROOT / "eval-data" / "events" / "reuters-events.jsonl"

SEED = 20261207
MULTI = 230  # random sentences among those naming two or more countries (698 in reut2-017)
OTHERS = 40  # random sentences among those naming fewer than two countries
# The corpus files the set is drawn from, in the set's order, each with its labels file. Every
# file gets MULTI + OTHERS sentences drawn with random.Random(SEED) afresh: the first file's
# selection is the one made when it was the only file, and is not changed by the others.
FILES = {
    "reut2-017.sgm.gz": HERE / "reuters-labels.tsv",
    "reut2-013.sgm.gz": HERE / "reuters-labels-013.tsv",
    "reut2-010.sgm.gz": HERE / "reuters-labels-010.tsv",
}
MIN_WORDS, MAX_WORDS = 6, 70

# Countries of 1987 that newsgraph's country table (today's countries) lacks, with the codes the
# Phoenix dictionaries give them, and names that meant a country then; only used to find
# candidates.
NAMES_1987 = {
    "Soviet Union": "SUN", "Soviet": "SUN", "Soviets": "SUN", "USSR": "SUN", "U.S.S.R.": "SUN",
    "West Germany": "DEU", "West German": "DEU", "West Germans": "DEU", "Bonn": "DEU",
    "East Germany": "DDR", "East German": "DDR", "Czechoslovakia": "CSK", "Czechoslovak": "CSK",
    "Yugoslavia": "YUG", "Yugoslav": "YUG",
}
# People the 1987 news names by surname alone; only used to find candidates.
LEADERS = {
    "Reagan": "USA", "Shultz": "USA", "Baker": "USA", "Yeutter": "USA", "Lyng": "USA",
    "Volcker": "USA", "Weinberger": "USA", "Baldrige": "USA", "Gorbachev": "SUN",
    "Shevardnadze": "SUN", "Ryzhkov": "SUN", "Thatcher": "GBR", "Lawson": "GBR", "Howe": "GBR",
    "Nakasone": "JPN", "Miyazawa": "JPN", "Tamura": "JPN", "Sumita": "JPN", "Kohl": "DEU",
    "Stoltenberg": "DEU", "Genscher": "DEU", "Bangemann": "DEU", "Poehl": "DEU",
    "Mitterrand": "FRA", "Chirac": "FRA", "Balladur": "FRA", "Mulroney": "CAN", "Hawke": "AUS",
    "Keating": "AUS", "Sarney": "BRA", "Funaro": "BRA", "Alfonsin": "ARG", "Aquino": "PHL",
    "Subroto": "IDN", "Nazer": "SAU", "Khomeini": "IRN", "Rafsanjani": "IRN", "Gaddafi": "LBY",
    "Gadaffi": "LBY", "Mubarak": "EGY", "Ortega": "NIC", "Zia": "PAK", "Gandhi": "IND",
    "Suharto": "IDN", "Deng": "CHN", "Zhao": "CHN", "Botha": "ZAF", "Chun": "KOR",
}
# Institutions named without their country; only used to find candidates.
INSTITUTIONS = {
    "White House": "USA", "Pentagon": "USA", "State Department": "USA", "Kremlin": "SUN",
    "Tass": "SUN", "Bundesbank": "DEU", "Bank of Japan": "JPN", "Bank of England": "GBR",
    "Bank of France": "FRA", "MITI": "JPN", "Federal Reserve": "USA", "Congress": "USA",
    "Commerce Department": "USA", "Agriculture Department": "USA", "USDA": "USA",
    "Treasury": "USA", "Downing Street": "GBR", "Contras": "NIC", "Sandinista": "NIC",
}

_ner = importlib.util.spec_from_file_location("wikinews_ner", ROOT / "tools/conll/wikinews_ner.py")
conll = importlib.util.module_from_spec(_ner)
_ner.loader.exec_module(conll)
_wn = importlib.util.spec_from_file_location("wikinews_events", HERE / "wikinews_events.py")
wikinews = importlib.util.module_from_spec(_wn)
_wn.loader.exec_module(wikinews)

STORY = re.compile(r"<REUTERS([^>]*)>(.*?)</REUTERS>", re.S)
NEWID = re.compile(r'NEWID="(\d+)"')
DATE = re.compile(r"<DATE>\s*(\d{1,2})-([A-Z]{3})-(\d{4})", re.S)
BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
ENTITY = re.compile(r"&(#\d+|lt|gt|amp|quot);")
MONTHS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
# A paragraph starts on a line indented with white space; the story ends with an indented
# " Reuter" (the agency's sign-off), which is not a sentence.
PARAGRAPH = re.compile(r"\n(?=[ \t]+\S)")
SIGN_OFF = re.compile(r"^\s*REUTER\s*$", re.I)


def unescape(text):
    def one(m):
        e = m.group(1)
        if e in ("lt", "gt", "amp", "quot"):
            return {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}[e]
        code = int(e[1:])
        return "" if code < 32 and code not in (9, 10) else chr(code)
    return ENTITY.sub(one, text)


def stories(path):
    """(newid, iso date, decoded body) of every story with a BODY, in file order."""
    with gzip.open(path) if str(path).endswith(".gz") else open(path, "rb") as fh:
        sgml = fh.read().decode("latin-1")
    for m in STORY.finditer(sgml):
        body = BODY.search(m.group(2))
        if not body:
            continue
        newid = int(NEWID.search(m.group(1)).group(1))
        d = DATE.search(m.group(2))
        date = f"{d.group(3)}-{MONTHS.index(d.group(2)) + 1:02d}-{int(d.group(1)):02d}" if d else ""
        yield newid, date, unescape(body.group(1))


def normal(text):
    return " ".join(text.split())


def digest(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def body_sentences(body):
    """(n, start, end) of the body's sentences, counted from 1; spans index the decoded body."""
    out = []
    cuts = [0] + [m.start() + 1 for m in PARAGRAPH.finditer(body)] + [len(body)]
    n = 1
    for a, b in zip(cuts, cuts[1:]):
        paragraph = body[a:b]
        if not paragraph.strip() or SIGN_OFF.match(paragraph):
            continue
        tokens = conll.tokenize(paragraph)
        items = [(t[0], i, t[3]) for i, t in enumerate(tokens)]
        for sent in conll.sentences(items):
            first, last = tokens[sent[0][1]], tokens[sent[-1][1]]
            out.append((n, a + first[1], a + last[2]))
            n += 1
    return out


def country_names():
    names = wikinews.country_names()
    for extra in (NAMES_1987, LEADERS, INSTITUTIONS):
        for name, code in extra.items():
            names[name] = code
    return names


def corpus_files(paths):
    """The corpus file of each name in FILES, in FILES order, from the folders or files given."""
    found = {}
    for p in map(Path, paths):
        if p.is_dir():
            for name in FILES:
                if (p / name).is_file():
                    found.setdefault(name, p / name)
        elif p.name in FILES:
            found[p.name] = p
        else:
            sys.exit(f"{p}: not one of the set's corpus files ({', '.join(FILES)}) nor a folder")
    missing = [name for name in FILES if name not in found]
    if missing:
        sys.exit(f"corpus files not given or not found: {', '.join(missing)}")
    return [found[name] for name in FILES]


def select(args):
    names = country_names()
    alternatives = sorted(names, key=len, reverse=True)
    matcher = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in alternatives) + r")(?![\w])")
    with open(SENTENCES, "w", encoding="utf-8") as out:
        out.write("# id\tpublished\tkind\tstart\tend\ttext  (written by reuters_events.py select;"
                  " not committed: Reuters text); each '# file' line starts a corpus file's rows\n")
        for source in corpus_files(args.sgm):
            select_file(source, matcher, names, out)


def select_file(source, matcher, names, out):
    multi, others = [], []
    for newid, date, body in stories(source):
        for n, start, end in body_sentences(body):
            text = normal(body[start:end])
            if not MIN_WORDS <= len(text.split()) <= MAX_WORDS or "\t" in text:
                continue
            item = (f"reuters-{newid}#{n}", date, start, end, text)
            if len({names[m.group(1)] for m in matcher.finditer(text)}) >= 2:
                multi.append(item)
            else:
                others.append(item)
    rng = random.Random(SEED)
    chosen = [("multi", *x) for x in rng.sample(multi, min(MULTI, len(multi)))]
    chosen += [("other", *x) for x in rng.sample(others, OTHERS)]
    chosen.sort(key=lambda x: (int(x[1].split("-")[1].split("#")[0]), int(x[1].split("#")[1])))
    out.write(f"# file\t{source.name}\n")
    for kind, sid, date, start, end, text in chosen:
        out.write(f"{sid}\t{date}\t{kind}\t{start}\t{end}\t{text}\n")
    print(f"{source.name}: {len(multi)} sentences naming two or more countries, {len(others)}"
          f" others; {len(chosen)} sentences written to {SENTENCES.relative_to(ROOT)}")


def read_sentences():
    """(file, id, published, kind, start, end, text) of every selected sentence, in FILES order."""
    rows, source = [], None
    for line in SENTENCES.read_text(encoding="utf-8").splitlines():
        if line.startswith("# file\t"):
            source = line.split("\t")[1]
            if source not in FILES:
                sys.exit(f"{SENTENCES.name}: {source} is not one of the set's corpus files")
            continue
        if line.startswith("#") or not line.strip():
            continue
        if source is None:
            sys.exit(f"{SENTENCES.name}: a sentence before the first '# file' line")
        sid, date, kind, start, end, text = line.split("\t")
        rows.append((source, sid, date, kind, int(start), int(end), text))
    seen = [f for f in FILES if any(r[0] == f for r in rows)]
    if seen != list(FILES):
        sys.exit(f"{SENTENCES.name} holds {', '.join(seen) or 'no file'}, not {', '.join(FILES)}:"
                 " run select again")
    rows.sort(key=lambda r: list(FILES).index(r[0]))  # stable: each file's rows keep their order
    return rows


def build(_args):
    sentences = read_sentences()
    labels = {}
    for name, path in FILES.items():
        labels.update(wikinews.read_labels(path, [s[1] for s in sentences if s[0] == name]))
    roots, kinds, with_events, splits, split_triples = Counter(), Counter(), Counter(), Counter(), Counter()
    dyads, files, file_events, file_triples = Counter(), Counter(), Counter(), Counter()
    split_events, split_stories = Counter(), {"dev2": set(), "test2": set()}
    root_splits, per_sentence = Counter(), Counter()
    with open(OUT, "w", encoding="utf-8") as out:
        for source, sid, date, kind, start, end, text in sentences:
            events = labels[sid]
            newid = int(sid.split("-")[1].split("#")[0])
            ref = {"id": sid, "file": source, "newid": newid, "start": start, "end": end,
                   "sha256": digest(text), "published": date, "events": events}
            out.write(json.dumps(ref, ensure_ascii=False) + "\n")
            kinds[kind] += 1
            with_events[kind] += bool(events)
            roots.update(e["root"] for e in events)
            dyads.update(f"{e['source']}->{e['target']}" for e in events)
            split = "dev2" if newid % 2 else "test2"
            splits[split] += 1
            split_triples[split] += len(events)
            split_events[split] += bool(events)
            split_stories[split].add(newid)
            root_splits.update((e["root"], split) for e in events)
            per_sentence[len(events)] += 1
            files[source] += 1
            file_events[source] += bool(events)
            file_triples[source] += len(events)
    total = sum(roots.values())
    print(f"{len(sentences)} sentences ({kinds['multi']} multi-country, {with_events['multi']} of"
          f" them with events; {kinds['other']} others, {with_events['other']} with events),"
          f" {total} triples")
    for name in FILES:
        print(f"{name}: {files[name]} sentences, {file_events[name]} with events,"
              f" {file_triples[name]} triples")
    for split in ("dev2", "test2"):
        print(f"{split}: {len(split_stories[split])} stories, {splits[split]} sentences,"
              f" {split_events[split]} with events, {split_triples[split]} triples")
    print("by root (all dev2 test2): " + ", ".join(
        f"{r} {roots[r]} {root_splits[r, 'dev2']} {root_splits[r, 'test2']}" for r in sorted(roots)))
    print("dyads: " + ", ".join(f"{d} {c}" for d, c in dyads.most_common(8)))
    countries = {c for d in dyads for c in d.split("->")}
    print(f"{len(dyads)} distinct dyads between {len(countries)} countries; triples per sentence: "
          + ", ".join(f"{k} in {v}" for k, v in sorted(per_sentence.items())))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("select", help="choose the sentences to label")
    s.add_argument("sgm", nargs="+", help="../shared/corpora/reuters21578 (the folder), or its"
                   " files " + " ".join(FILES))
    sub.add_parser("build", help="write the references and labels as JSONL")
    args = p.parse_args()
    select(args) if args.cmd == "select" else build(args)


if __name__ == "__main__":
    main()
