// #/actor/ID : an actor's dossier: names, titles over time, activity, quotes, events both ways,
// co-occurring actors.
import { api, QUAD_CLASSES, ROOT_CODES, rootCode } from './api.js';
import { h, route } from './dom.js';
import { barChart, QUAD_COLOURS } from './charts.js';
import { chips } from './search.js';
import { quoteList } from './quotes.js';

export async function actorView(main, id) {
  const d = await api('actors/' + encodeURIComponent(id), { limit: 100 });
  const a = d.actor;
  document.title = a.name + ' · newsgraph';
  const parts = [
    h('h1', { class: 'actor-name', text: a.name }),
    h('p', { class: 'meta', text: [a.type, a.code && 'code ' + a.code, a.country && 'country ' + a.country,
      `${a.documents} documents, ${a.mentions} mentions`].filter(Boolean).join(' · ') }),
    h('p', {}, h('a', { href: route('search', null, { q: '"' + a.name.replace(/"/g, '') + '"', actor: a.id }), text: 'Documents that mention ' + a.name }),
      ' · ', h('a', { href: route('timeline', null, { source: a.code || a.name }), text: 'Timeline of its events' }),
      ' · ', h('a', { href: route('network', null, { source: a.code || a.name }), text: 'Its network' })),
    d.names.length > 1 ? h('p', {}, h('strong', { text: 'Also named: ' }), d.names.filter((n) => n !== a.name).join('; ')) : null,
    section('Titles over time', d.titles.length ? table(['Title', 'First', 'Last', 'Documents'],
      d.titles.map((t) => [t.title, t.first || '?', t.last || '?', t.documents])) : empty('No titles.')),
    section('Activity by month', d.activity.length ? barChart({
      labels: d.activity.map((x) => x.month),
      series: [
        { name: 'documents', colour: '#7f8c8d', values: d.activity.map((x) => x.documents) },
        { name: 'quotes', colour: '#8e44ad', values: d.activity.map((x) => x.quotes) },
        { name: 'events', colour: '#c0392b', values: d.activity.map((x) => x.events) },
      ],
      stacked: false,
      label: `Activity of ${a.name} by month: documents, quotes and events`,
    }) : empty('No dated activity.')),
    section(`Quotes (${d.quotes.length})`, d.quotes.length ? quoteList(d.quotes, false) : empty('No quotes.')),
    section(`Events as source (${d.asSource.length})`, eventTable(d.asSource)),
    section(`Events as target (${d.asTarget.length})`, eventTable(d.asTarget)),
    section('Actors in the same documents', d.coActors.length
      ? chips(d.coActors.map((c) => ({ ...c.actor, name: `${c.actor.name} (${c.documents})` }))) : empty('None.')),
  ];
  main.append(...parts.filter((x) => x));
}

function section(title, body) {
  return h('section', { class: 'dossier-part' }, h('h2', { text: title }), body);
}

function empty(text) {
  return h('p', { class: 'empty', text });
}

function table(head, rows) {
  return h('div', { class: 'scroll' }, h('table', { class: 'data' },
    h('thead', {}, h('tr', {}, head.map((x) => h('th', { scope: 'col', text: x })))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c)))))));
}

function side(p) {
  return p.actor !== null ? h('a', { href: route('actor', p.actor), text: p.name || p.text }) : `${p.text} [${p.code}]`;
}

/** Events as a table: date, who, what, whom, the sentence and the document; the merged event's
 * counts (mentions, articles) where it was stored with stories. */
export function eventTable(events) {
  if (!events.length) return empty('None.');
  return table(['Date', 'Source', 'Action', 'Target', 'Sentence', 'Reported'], events.map((e) => {
    const action = h('span', { class: 'quad q' + e.quadClass, title: `QuadClass ${e.quadClass} ${QUAD_CLASSES[e.quadClass]}, Goldstein ${e.goldstein}, rule ${e.rule}`,
      text: `${e.cameo} ${ROOT_CODES[rootCode(e.root)] || ''}` });
    const colour = h('span', { class: 'swatch' });
    colour.style.background = QUAD_COLOURS[e.quadClass];
    return [e.date || '?', side(e.source), [colour, action], side(e.target),
      [e.sentence, ' ', h('a', { href: route('doc', e.document), text: '(document)' })],
      e.cluster !== null && e.cluster !== undefined
        ? h('span', { title: `merged event ${e.cluster}: ${e.sources} sources`, text: `${e.mentions} mentions, ${e.articles} articles` })
        : ''];
  }));
}
