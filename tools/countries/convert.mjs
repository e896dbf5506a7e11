// Converts the world-countries package (ODbL 1.0) into the compact country table that
// org.newsgraph.extract.actor.Countries reads. Run once by hand; the output is committed.
//
//   cd /tmp && npm pack world-countries && tar xzf world-countries-*.tgz
//   node tools/countries/convert.mjs /tmp/package/countries.json \
//     core/src/main/resources/org/newsgraph/extract/actor/Phoenix.Countries.actors.txt \
//     tools/countries/extras.tsv \
//     > core/src/main/resources/org/newsgraph/extract/actor/countries.tsv
//
// The CAMEO code of each country is read from the Phoenix country dictionary: the undated code
// of the record whose phrase is the country's common or official name or one of its alternative
// spellings; ISO alpha-3 when no record names it. extras.tsv (our own, hand-written) adds the
// names, adjectives and capitals that news text uses but world-countries lacks, and corrects a
// CAMEO code where a name is a synonym of another record ("Jersey" is read as New Jersey).
import { readFileSync } from 'node:fs';

const [countriesPath, phoenixPath, extrasPath] = process.argv.slice(2);
if (!countriesPath || !phoenixPath || !extrasPath) {
  console.error('usage: convert.mjs countries.json Phoenix.Countries.actors.txt extras.tsv');
  process.exit(2);
}

// The same key as Words.split joined by blanks: accents off, upper case, '.' and apostrophes
// glue, any other non-alphanumeric separates.
function key(s) {
  return s
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toUpperCase()
    .replace(/[.&'\u2019\u2018`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .join(' ');
}

// phrase key -> code of the first record that states it: its undated code, else its code with
// an open end ([TMP >990830]), as ActorEntry reads a record without a date.
const phoenix = new Map();
{
  let phrases = [];
  let codes = [];
  const finish = () => {
    const code =
      codes.find((c) => c.undated)?.code ?? codes.filter((c) => c.openEnd).pop()?.code ?? null;
    if (code) for (const p of phrases) if (!phoenix.has(p)) phoenix.set(p, code);
    phrases = [];
    codes = [];
  };
  const readCodes = (text) => {
    for (const m of text.matchAll(/\[([A-Z0-9]+)\s*([^\]]*)\]/g)) {
      const rest = m[2].trim();
      codes.push({ code: m[1], undated: rest === '', openEnd: rest.startsWith('>') });
    }
  };
  for (const raw of readFileSync(phoenixPath, 'utf8').split('\n')) {
    const line = raw.split('#')[0].trim();
    if (!line) continue;
    if (line.startsWith('[')) {
      readCodes(line);
    } else if (line.startsWith('+')) {
      for (const p of line.split('[')[0].split('+')) if (p.trim()) phrases.push(key(p));
    } else {
      finish();
      phrases.push(key(line.split('[')[0]));
      readCodes(line);
    }
  }
  finish();
}

const extras = new Map(); // iso3 -> {name:[], demonym:[], capital:[], cameo:[]}
for (const raw of readFileSync(extrasPath, 'utf8').split('\n')) {
  const line = raw.split('#')[0].trimEnd();
  if (!line.trim()) continue;
  const [iso3, kind, value] = line.split('\t');
  if (!value || !['name', 'demonym', 'capital', 'cameo'].includes(kind)) {
    throw new Error('bad extras line: ' + raw);
  }
  if (!extras.has(iso3)) extras.set(iso3, { name: [], demonym: [], capital: [], cameo: [] });
  extras.get(iso3)[kind].push(value);
}

const countries = JSON.parse(readFileSync(countriesPath, 'utf8'));
const known = new Set(countries.map((c) => c.cca3));
for (const iso3 of extras.keys()) if (!known.has(iso3)) throw new Error('extras: unknown ' + iso3);

// Row order is lookup priority: independent states first, then larger area first, so that a
// shared demonym ("Dutch", "Indian") or name resolves to the state people usually mean.
countries.sort(
  (a, b) => (b.independent === true) - (a.independent === true) || (b.area ?? 0) - (a.area ?? 0),
);

const clean = (s) => s.replace(/[\t|\r\n]/g, ' ').trim();
const uniq = (xs) => [...new Set(xs.map(clean).filter((x) => x.length > 0))];
const differences = [];
const out = [
  '# iso3\tiso2\tcameo\tname\tofficial\tlat\tlon\tcapitals\tdemonyms\taliases',
];
for (const c of countries) {
  const extra = extras.get(c.cca3) ?? { name: [], demonym: [], capital: [], cameo: [] };
  const candidates = [c.name.common, c.name.official, ...c.altSpellings];
  let cameo = c.cca3;
  for (const n of candidates) {
    const code = phoenix.get(key(n));
    if (code) {
      cameo = code;
      break;
    }
  }
  if (extra.cameo.length > 0) cameo = extra.cameo[0];
  if (cameo !== c.cca3) differences.push(`${c.cca3} ${c.name.common}: CAMEO ${cameo}`);
  const demonyms = c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [];
  const aliases = uniq([...c.altSpellings.filter((a) => a !== c.cca2), ...extra.name]).filter(
    (a) => a !== c.name.common && a !== c.name.official,
  );
  out.push(
    [
      c.cca3,
      c.cca2,
      cameo,
      clean(c.name.common),
      clean(c.name.official),
      c.latlng[0],
      c.latlng[1],
      uniq([...c.capital, ...extra.capital]).join('|'),
      uniq([...demonyms, ...extra.demonym]).join('|'),
      aliases.join('|'),
    ].join('\t'),
  );
}
process.stdout.write(out.join('\n') + '\n');
console.error(differences.join('\n'));
