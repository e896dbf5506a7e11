#!/usr/bin/env python3
"""Builds the Wikinews TimeML set in eval-data/timex/ from the demo corpus and the hand labels.

Usage (from the repository root):  python3 tools/timex/build_timeml.py

For each row of eval-data/timex/articles.tsv it takes the article's text from the demo corpus
(demo/wikinews/*.csv, matched by URL), drops a first line that is only the dateline
("Monday, January 7, 2019"), normalises blank lines, and writes eval-data/timex/dev/NN-name.tml
(articles 01-24) or eval-data/timex/test/NN-name.tml (25-36):
TempEval-3 TimeML with the document creation time in <DCT> and the labels of
eval-data/timex/labels.tsv as inline <TIMEX3> tags. Each label's expression is looked for, as a
whole word, after the previous label of the same article; a label that is not found is an error.
The script only places the labels; it decides none of them.
"""
import csv
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "eval-data" / "timex"
DATELINE = re.compile(
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}")


def article_text(raw):
    lines = raw.split("\n")
    j = 0
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j < len(lines) and DATELINE.fullmatch(lines[j].strip()):
        lines = lines[j + 1:]
    body = "\n".join(lines)
    body = re.sub(r"[ \t]+\n", "\n", body)
    body = re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"
    return body


def main():
    csv.field_size_limit(10**9)
    rows = {}
    for f in sorted((ROOT / "demo" / "wikinews").glob("*.csv")):
        with open(f, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                rows[r["url"]] = r
    labels = {}
    with open(DATA / "labels.tsv", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            art, expr, typ, value = line.split("\t")
            labels.setdefault(art, []).append((n, expr, typ, value))
    errors = 0
    total = 0
    with open(DATA / "articles.tsv", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            name, dct, url = line.rstrip("\n").split("\t")
            row = rows[url]
            title = row["title"]
            text = article_text(row["text"])
            out = []
            pos = 0
            tid = 1
            for n, expr, typ, value in labels.get(name[:2], []):
                # A space in a label stands for any blank (Wikinews writes "October\u00a08").
                pattern = re.escape(expr).replace(r"\ ", r"\s+")
                m = re.compile(r"(?<!\w)" + pattern + r"(?!\w)").search(text, pos)
                if not m:
                    print(f"labels.tsv:{n}: {expr!r} not found in {name} after {pos}", file=sys.stderr)
                    errors += 1
                    continue
                out.append(escape(text[pos:m.start()]))
                out.append(f'<TIMEX3 tid="t{tid}" type="{typ}" value={quoteattr(value)}>'
                           f"{escape(m.group(0))}</TIMEX3>")
                tid += 1
                total += 1
                pos = m.end()
            out.append(escape(text[pos:]))
            doc = (
                '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
                f"<DOCID>{escape(name)}</DOCID>\n"
                f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
                f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
                f"<TITLE>{escape(title)}</TITLE>\n"
                f"<TEXT>{''.join(out)}</TEXT>\n</TimeML>\n")
            # Articles 01-24 were the development set, 25-36 are held out (see README.md).
            part = DATA / ("dev" if int(name[:2]) <= 24 else "test")
            part.mkdir(exist_ok=True)
            (part / f"{name}.tml").write_text(doc, encoding="utf-8")
    print(f"{total} labels placed", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
