// #/doc/ID : the clean text with entity, quote and event spans highlighted; hovering or focusing
// a span tells what it is and which rule fired; the removed boilerplate and the source link.
import { api, QUAD_CLASSES, ROOT_CODES, rootCode } from './api.js';
import { h, fill, route, safeHref } from './dom.js';

export async function documentView(main, id) {
  const [doc, links] = await Promise.all([
    api('documents/' + encodeURIComponent(id)),
    api('documents/' + encodeURIComponent(id) + '/actors'),
  ]);
  const actorOf = new Map(links.map((l) => [l.entity, l.actor]));
  const entities = new Map((doc.entities || []).map((e) => [e.id, e]));
  document.title = (doc.title || 'Document') + ' · newsgraph';

  const spans = [];
  for (const e of doc.entities || []) {
    for (const m of e.mentions || []) {
      spans.push({ start: m.start, end: m.end, kind: 'entity', actor: actorOf.get(e.id),
        lines: [`Entity: ${e.name} — ${e.type}` + (e.code ? `, code ${e.code}` : '') + (e.country ? `, country ${e.country}` : '') + (e.titles && e.titles.length ? `, ${e.titles.join(', ')}` : '')] });
    }
  }
  for (const q of doc.quotes || []) {
    const speaker = q.speaker || 'unknown speaker';
    const kind = q.partial ? 'partial' : q.direct ? 'direct' : 'indirect';
    spans.push({ start: q.start, end: q.end, kind: 'quote', actor: actorOf.get(q.speaker_entity),
      lines: [`Quote (${kind}) by ${speaker}` + (q.cue ? `, cue "${q.cue}"` : '') + `, confidence ${Number(q.confidence).toFixed(2)}`] });
  }
  for (const ev of doc.events || []) {
    const root = rootCode(ev.root);
    spans.push({ start: ev.sentence.start, end: ev.sentence.end, kind: 'event',
      lines: [`Event ${ev.cameo} (${ROOT_CODES[root] || root}), QuadClass ${ev.quad_class} ${QUAD_CLASSES[ev.quad_class] || ''}, Goldstein ${ev.goldstein}: ` +
        `${ev.source.text} [${ev.source.code}] → ${ev.target.text} [${ev.target.code}]` +
        (ev.date ? `, ${ev.date}` : '') + (ev.place ? `, in ${ev.place.name}` : '') + `; rule: ${ev.rule}`] });
  }

  const details = h('aside', { class: 'span-details', 'aria-live': 'polite', 'aria-label': 'What the highlighted text is' },
    h('p', { class: 'hint', text: 'Point at or tab to a highlighted passage to see what it is.' }));
  const text = h('div', { id: 'doc-text', class: 'doc-text', lang: doc.language || 'en' }, highlighted(doc.text, spans, details, entities));

  // Only an http(s) address becomes a link; anything else (javascript:, data:) stays text.
  const source = doc.url && safeHref(doc.url) !== '#'
    ? h('a', { href: doc.url, rel: 'noopener noreferrer nofollow', target: '_blank', text: doc.url })
    : h('span', { text: doc.url || doc.source });
  main.append(
    h('article', { class: 'document' },
      h('h1', { text: doc.title || '(untitled)' }),
      h('p', { class: 'meta' }, h('time', { text: doc.published || 'undated' }),
        doc.published_from ? ` (date from ${doc.published_from})` : '', ' · source: ', source, ` · ${doc.language || '?'}`),
      legend(doc),
      h('div', { class: 'doc-body' }, text, details),
      removed(doc.removed || []),
      problems(doc.problems || []),
      actorsList(doc, actorOf)));
}

function legend(doc) {
  return h('p', { class: 'legend-line' },
    h('span', { class: 'hl entity', text: `${(doc.entities || []).length} entities` }), ' ',
    h('span', { class: 'hl quote', text: `${(doc.quotes || []).length} quotes` }), ' ',
    h('span', { class: 'hl event', text: `${(doc.events || []).length} events` }));
}

/** The text cut at every span boundary; each piece carries the spans that cover it. */
function highlighted(text, spans, details, entities) {
  const valid = spans.filter((x) => x.start >= 0 && x.end <= text.length && x.start < x.end);
  const cuts = new Set([0, text.length]);
  for (const x of valid) { cuts.add(x.start); cuts.add(x.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const starts = new Map();
  for (const x of valid) starts.set(x.start, true);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = valid.filter((x) => x.start <= a && x.end >= b);
    if (!covering.length) { out.push(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(covering.map((x) => x.kind))];
    const lines = covering.map((x) => x.lines[0]);
    const span = h('span', { class: 'hl ' + kinds.join(' '), title: lines.join('\n'), text: piece });
    if (covering.some((x) => x.start === a)) span.tabIndex = 0;
    const show = () => fill(details, h('ul', {}, covering.map((x) => h('li', { class: x.kind },
      x.lines[0], x.actor ? [' ', h('a', { href: route('actor', x.actor.id), text: 'dossier of ' + x.actor.name })] : []))));
    span.addEventListener('mouseenter', show);
    span.addEventListener('focus', show);
    out.push(span);
  }
  return out;
}

function removed(items) {
  return h('details', { class: 'removed' },
    h('summary', { text: `Removed boilerplate (${items.length})` }),
    items.length ? h('ul', {}, items.map((r) => h('li', {}, h('span', { class: 'kind', text: r.kind }), ' ', h('span', { text: r.text }))))
      : h('p', { text: 'Nothing was removed.' }));
}

function problems(items) {
  return items.length ? h('details', { class: 'problems' }, h('summary', { text: `Problems (${items.length})` }),
    h('ul', {}, items.map((x) => h('li', { text: x })))) : null;
}

function actorsList(doc, actorOf) {
  const seen = new Map();
  for (const e of doc.entities || []) {
    const a = actorOf.get(e.id);
    if (a && !seen.has(a.id)) seen.set(a.id, a);
  }
  return h('section', {}, h('h2', { text: 'Actors in this document' }),
    h('ul', { class: 'chips' }, [...seen.values()].map((a) =>
      h('li', {}, h('a', { class: 'chip type-' + a.type.toLowerCase(), href: route('actor', a.id), text: a.name })))));
}
