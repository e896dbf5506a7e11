#!/usr/bin/env python3
"""Builds newsgraph's hand-labelled NER evaluation set from Wikinews articles.

  extract CSV... -> eval-data/ner/annotated/NN-name.txt   plain article text to label by hand
  build          -> eval-data/ner/wikinews-ner.conll       CoNLL-2003 columns, IOB2 tags

Labels are written by a person into the annotated files as inline marks, {PER Karsten Warholm};
this script only tokenizes and converts, it never proposes a label. `build` checks that every
mark is well formed and falls on token boundaries, and (with --check CSV...) that the text
without marks is still exactly the article text.
"""
import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "eval-data" / "ner"
TYPES = ("PER", "ORG", "LOC", "MISC")
MARK = re.compile(r"\{(PER|ORG|LOC|MISC) ([^{}]+)\}")
DATELINE = re.compile(r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}$")

# Tokens that keep their final period (PTB keeps abbreviations whole).
ABBREVIATIONS = {
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Jr.", "Sr.", "Inc.", "Corp.", "Co.", "Ltd.",
    "Gen.", "Col.", "Lt.", "Sgt.", "Capt.", "Gov.", "Sen.", "Rep.", "Rev.", "Mt.", "Ft.",
    "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    "vs.", "etc.", "approx.", "No.",
}
INITIALISM = re.compile(r"^(?:[A-Za-z]\.){2,}$|^[A-Z]\.$")
OPENERS = "\"'([{“‘`"
CLOSERS = "\"')]}”’,;:?!"
CLITICS = re.compile(r"(?i)^(.+?)((?:['’](?:s|re|ve|ll|d|m))|n['’]t)$")
# Dashes between words and square brackets (editorial "[...]") are tokens of their own.
SPLITTERS = re.compile(r"(—|–(?=\D)|(?<=\D)–|--|\[|\])")


def article_text(row):
    """Title, then the body paragraphs without the dateline, paragraphs split by blank lines."""
    paragraphs = [row["title"].strip()]
    for line in row["text"].replace("\u00a0", " ").split("\n"):
        line = " ".join(line.split())
        if line and not DATELINE.match(line):
            paragraphs.append(line)
    return "\n\n".join(paragraphs) + "\n"


def read_selection():
    selection = []
    for line in (DATA / "articles.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, topic, url = line.split("\t")
            selection.append((name, topic, url))
    return selection


def read_rows(csv_files):
    csv.field_size_limit(10**9)
    rows = {}
    for f in csv_files:
        with open(f, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                rows[row["url"].replace("//wiki/", "/wiki/")] = row
    return rows


def tokenize_word(chunk):
    """PTB-style split of one whitespace-free chunk into tokens."""
    front, back = [], []
    while chunk and chunk[0] in OPENERS and len(chunk) > 1:
        front.append(chunk[0])
        chunk = chunk[1:]
    while chunk and len(chunk) > 1:
        if chunk.endswith("..."):
            back.insert(0, "...")
            chunk = chunk[:-3]
        elif chunk[-1] in CLOSERS:
            back.insert(0, chunk[-1])
            chunk = chunk[:-1]
        elif chunk[-1] == "." and chunk not in ABBREVIATIONS and not INITIALISM.match(chunk):
            back.insert(0, ".")
            chunk = chunk[:-1]
        elif chunk[-1] == "%":
            back.insert(0, "%")
            chunk = chunk[:-1]
        else:
            break
    middle = []
    if chunk:
        if chunk[0] == "$" and len(chunk) > 1:
            middle.append("$")
            chunk = chunk[1:]
        m = CLITICS.match(chunk)
        if m and not chunk.lower().endswith(("'s'", "’s’")):
            middle += [m.group(1), m.group(2)]
        elif len(chunk) > 1 and chunk[-1] in "'’" and chunk[-2] in "sS":
            middle += [chunk[:-1], chunk[-1]]  # plural possessive: countries'
        else:
            middle.append(chunk)
    return front + middle + back


def tokenize(text):
    """Tokens of one paragraph: (token, start, end, is_opening_quote)."""
    tokens = []
    straight_quotes = 0
    for m in re.finditer(r"\S+", text):
        pos = m.start()
        for piece in SPLITTERS.split(m.group()):
            if not piece:
                continue
            for tok in tokenize_word(piece):
                start = text.index(tok, pos)
                end = start + len(tok)
                if tok == '"':
                    opening = straight_quotes % 2 == 0
                    straight_quotes += 1
                elif tok in ("“", "‘", "`"):
                    opening = True
                elif tok == "'":
                    # attached to the word after it and not to the one before: opening
                    opening = end < len(text) and not text[end].isspace() and (
                        start == 0 or text[start - 1].isspace())
                else:
                    opening = False
                tokens.append((tok, start, end, opening))
                pos = end
    return tokens


CLOSING = ("\"", "”", "'", "’", ")", "]")


def sentences(tokens):
    """Split a paragraph's tokens after . ? ! and any closing quotes or brackets that follow,
    unless the next token starts in lower case. Items are (token, index, is_opening_quote)."""
    out, cur = [], []
    ending = False
    for i, tok in enumerate(tokens):
        cur.append(tok)
        word = tok[0]
        if word in (".", "?", "!", "..."):
            ending = word != "..."
        elif not (ending and word in CLOSING and not tok[2]):
            ending = False
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if not ending or nxt is None:
            continue
        if nxt[0] in CLOSING and not nxt[2]:
            continue
        if nxt[0][0].islower():
            continue
        out.append(cur)
        cur = []
        ending = False
    if cur:
        out.append(cur)
    return out


def strip_marks(annotated, where):
    """The plain text and the marked spans (start, end, type) in it."""
    plain, spans, pos = [], [], 0
    offset = 0
    for m in MARK.finditer(annotated):
        plain.append(annotated[pos:m.start()])
        offset += m.start() - pos
        inner = m.group(2)
        if inner != inner.strip():
            sys.exit(f"{where}: mark with outer spaces: {m.group()!r}")
        spans.append((offset, offset + len(inner), m.group(1)))
        plain.append(inner)
        offset += len(inner)
        pos = m.end()
    plain.append(annotated[pos:])
    text = "".join(plain)
    if "{" in text or "}" in text:
        bad = re.search(r".{0,30}[{}].{0,30}", text).group()
        sys.exit(f"{where}: malformed mark near {bad!r} (types: {', '.join(TYPES)})")
    return text, spans


def build(args):
    selection = read_selection()
    rows = read_rows(args.check) if args.check else None
    out = ["-DOCSTART- -X- -X- O", ""]
    counts = {t: 0 for t in TYPES}
    n_tokens = n_sentences = 0
    problems = 0
    for name, _topic, url in selection:
        path = DATA / "annotated" / f"{name}.txt"
        annotated = path.read_text(encoding="utf-8")
        text, spans = strip_marks(annotated, path.name)
        if rows is not None:
            expected = article_text(rows[url])
            if text != expected:
                a, b = text, expected
                i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
                print(f"{path.name}: text differs from the article at char {i}: "
                      f"{a[max(0, i - 30):i + 30]!r} vs {b[max(0, i - 30):i + 30]!r}", file=sys.stderr)
                problems += 1
                continue
        # paragraphs keep their offsets into the whole text
        doc = []
        for m in re.finditer(r"[^\n]+", text):
            for tok, s, e, opening in tokenize(m.group()):
                doc.append((tok, s + m.start(), e + m.start(), opening))
            doc.append(None)  # paragraph end
        tags = {}
        for s, e, typ in spans:
            inside = [i for i, t in enumerate(doc) if t and t[1] < e and t[2] > s]
            if not inside or doc[inside[0]][1] != s or doc[inside[-1]][2] != e:
                print(f"{path.name}: mark {text[s:e]!r} ({typ}) does not fall on token boundaries: "
                      f"{[doc[i][0] for i in inside]}", file=sys.stderr)
                problems += 1
                continue
            for k, i in enumerate(inside):
                tags[i] = ("B-" if k == 0 else "I-") + typ
            counts[typ] += 1
        paragraph = []
        index = 0
        for t in doc:
            if t is None:
                for sent in sentences(paragraph):
                    for tok, i, _opening in sent:
                        out.append(f"{tok} _ _ {tags.get(i, 'O')}")
                    out.append("")
                    n_sentences += 1
                paragraph = []
            else:
                paragraph.append((t[0], index, t[3]))
                n_tokens += 1
            index += 1
        out.append("-DOCSTART- -X- -X- O")
        out.append("")
    if problems:
        sys.exit(f"{problems} problems; nothing written")
    while out and out[-1] in ("", "-DOCSTART- -X- -X- O"):
        out.pop()
    (DATA / "wikinews-ner.conll").write_text("\n".join(out) + "\n\n", encoding="utf-8")
    total = sum(counts.values())
    print(f"{len(selection)} articles, {n_sentences} sentences, {n_tokens} tokens, {total} entities: "
          + ", ".join(f"{t} {counts[t]}" for t in TYPES))


def extract(args):
    rows = read_rows(args.csv)
    target = DATA / "annotated"
    target.mkdir(parents=True, exist_ok=True)
    for name, _topic, url in read_selection():
        path = target / f"{name}.txt"
        if path.exists() and not args.force:
            print(f"{path.name}: exists, kept (labels may be in it; --force overwrites)")
            continue
        path.write_text(article_text(rows[url]), encoding="utf-8")
        print(f"{path.name}: written")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("extract", help="write the selected articles' plain text for labelling")
    e.add_argument("csv", nargs="+", help="wikinews_2019.csv wikinews_2020.csv")
    e.add_argument("--force", action="store_true")
    b = sub.add_parser("build", help="convert the labelled files into CoNLL")
    b.add_argument("--check", nargs="+", metavar="CSV", help="also compare with the source CSVs")
    args = p.parse_args()
    build(args) if args.cmd == "build" else extract(args)


if __name__ == "__main__":
    main()
