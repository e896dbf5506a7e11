#!/usr/bin/env python3
"""Writes BRAT standoff files (.txt + .ann) from attribution labels written by hand as strings.

Labelling by offsets is error-prone; this tool lets a person write each attribution as the
strings they read and finds the offsets. It decides nothing: every label comes from the spec.

Spec file (UTF-8), one per article:

    name: gdansk-mayor-stabbed          output file stem
    csv: /path/to/wikinews_2019.csv     where the article is (columns url,date,title,text)
    url: https://en.wikinews.org/...    which row (exact url)
    ---
    Q | Interior Minister Joachim Brudziński | called | "an act of inexplicable barbarity."
    I | Brudziński | said | Adamowicz required ~~ condition
    Q | ^ | ^ | "The next ~~ everything," || "And ~~ end."

Fields: type (Q direct, I reported; checked against the typographic rule only as a warning),
source, cue, content. A content is one or more fragments separated by ' || '; a fragment is an
exact string or 'START ~~ END' (from START to the end of the next END). Contents must be listed
in text order. The cue is the occurrence (whole words) nearest to the content, preferably in the
same paragraph; the source is then the occurrence nearest to the cue. '^' reuses the previous
attribution's annotation, '-' means none. Append '@N' to a source or cue to take the Nth occurrence (1-based) in the whole text instead.

The .txt is the article's title, a blank line and its text as in the CSV (trailing white space
stripped, one final newline). Usage: make_ann.py OUT_DIR SPEC... ; prints each attribution with
context for review.
"""
import csv
import re
import sys

csv.field_size_limit(10**9)
QUOTE_START = "\"'“„‟‘‚‛«»‹›"


def load(spec_path):
    head, _, body = open(spec_path, encoding="utf-8").read().partition("\n---\n")
    meta = dict(line.split(": ", 1) for line in head.strip().splitlines())
    rows = [l for l in body.splitlines() if l.strip() and not l.startswith("#")]
    return meta, rows


def article(meta):
    for row in csv.DictReader(open(meta["csv"], encoding="utf-8", newline="")):
        if row["url"] == meta["url"]:
            return row["title"].strip() + "\n\n" + row["text"].rstrip() + "\n"
    sys.exit("no row with url " + meta["url"])


def find_fragment(text, frag, cursor, where):
    if " ~~ " in frag:
        a, b = frag.split(" ~~ ")
        s = text.find(a, cursor)
        if s < 0:
            sys.exit(f"{where}: start not found after {cursor}: {a!r}")
        e = text.find(b, s + len(a))
        if e < 0:
            sys.exit(f"{where}: end not found: {b!r}")
        return s, e + len(b)
    s = text.find(frag, cursor)
    if s < 0:
        sys.exit(f"{where}: not found after {cursor}: {frag!r}")
    return s, s + len(frag)


def nearest(text, needle, spans, where, near=None):
    nth = None
    m = re.fullmatch(r"(.*)@(\d+)", needle)
    if m:
        needle, nth = m.group(1), int(m.group(2))
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    hits = [(x.start(), x.end()) for x in pattern.finditer(text)]
    hits = [h for h in hits if not any(h[0] < e and s < h[1] for s, e in spans)]
    if not hits:
        sys.exit(f"{where}: {needle!r} not found outside the content")
    if nth:
        return hits[nth - 1]
    lo, hi = (near or spans)[0][0], (near or spans)[-1][1]

    def cost(h):
        if h[1] <= lo:
            gap = (h[1], lo)
        elif h[0] >= hi:
            gap = (hi, h[0])
        else:
            return 0
        return (gap[1] - gap[0]) + (100000 if "\n\n" in text[gap[0]:gap[1]] else 0)

    return min(hits, key=cost)


def is_direct(text, spans):
    for s, e in spans:
        f = text[s:e].strip().rstrip(".,;:!?…").strip()
        if len(f) < 2 or f[0] not in QUOTE_START or f[-1] not in "\"'”“’‘»«›‹":
            return False
    return True


def main(out_dir, specs):
    total = direct = 0
    for spec in specs:
        meta, rows = load(spec)
        text = article(meta)
        lines, n_t, n_e = [], 0, 0
        cursor, prev_source, prev_cue = 0, None, None
        print("=" * 20, meta["name"])
        for i, row in enumerate(rows, 1):
            where = f"{spec}:{i}"
            kind, source, cue, content = [f.strip() for f in row.split(" | ", 3)]
            spans, c = [], cursor
            for frag in content.split(" || "):
                s, e = find_fragment(text, frag, c, where)
                spans.append((s, e))
                c = e
            cursor = spans[0][0] + 1

            def tb(typ, sp):
                nonlocal n_t
                n_t += 1
                body = " ".join(text[s:e] for s, e in sp)
                if "\n" in body:
                    sys.exit(f"{where}: {typ} crosses a line break; split it into fragments")
                lines.append(f"T{n_t}\t{typ} " + ";".join(f"{s} {e}" for s, e in sp) + f"\t{body}")
                return f"T{n_t}", sp

            if cue == "^":
                cu = prev_cue
            else:
                cu = tb("Cue", [nearest(text, cue, spans, where)])
            if source == "^":
                src = prev_source
            elif source == "-":
                src = None
            else:
                # The source is the occurrence nearest to the cue, outside the content.
                s, e = nearest(text, source, spans + cu[1], where, near=cu[1])
                src = tb("Source", [(s, e)])
            co = tb("Content", spans)
            trig = tb("Attribution" if src else "Attribution-no-source", cu[1])
            n_e += 1
            args = [f"{'Attribution' if src else 'Attribution-no-source'}:{trig[0]}", f"Content:{co[0]}",
                    f"Cue:{cu[0]}"] + ([f"Source:{src[0]}"] if src else [])
            lines.append(f"E{n_e}\t" + " ".join(args))
            prev_source, prev_cue = src, cu
            d = is_direct(text, spans)
            if d != (kind == "Q"):
                print(f"  WARNING {where}: labelled {kind} but the rule says {'direct' if d else 'reported'}")
            total += 1
            direct += d
            ctx = lambda sp: text[max(0, sp[0][0] - 30):sp[0][0]] + "[" + text[sp[0][0]:sp[0][1]] + "]" + text[sp[0][1]:sp[0][1] + 20]
            print(f"  {kind} S: {ctx(src[1]).replace(chr(10), ' ') if src else '-'}")
            print(f"     C: {ctx(cu[1]).replace(chr(10), ' ')}")
            print(f"     Q: {' | '.join(text[s:e] for s, e in spans)[:160]!r}")
        with open(f"{out_dir}/{meta['name']}.txt", "w", encoding="utf-8", newline="") as f:
            f.write(text)
        with open(f"{out_dir}/{meta['name']}.ann", "w", encoding="utf-8", newline="") as f:
            f.write("\n".join(lines) + "\n")
    print(f"{total} attributions, {direct} direct")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
