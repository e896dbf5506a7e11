// #/search?q=&from=&to=&actor=&country=&root=&quad= : documents, best first, with their actors.
import { api } from './api.js';
import { h, marked, route } from './dom.js';
import { choice, field, filterForm, quadChoice, rootChoice } from './form.js';

export async function searchView(main, p) {
  const q = p.get('q') || '';
  const actors = await api('entities', { limit: 200 });
  const actorOptions = actors
    .filter((a) => ['PERSON', 'ORGANIZATION', 'COUNTRY', 'GROUP'].includes(a.type))
    .map((a) => [a.id, a.name + ' (' + a.type.toLowerCase() + ')']);
  const actorId = p.get('actor');
  if (actorId && !actorOptions.some(([id]) => String(id) === actorId)) {
    actorOptions.unshift([actorId, 'actor ' + actorId]);
  }
  const form = filterForm('search', 'Search the articles', [
    field('Words', 'q', q, { type: 'search', placeholder: 'Libya, "peace talks", France -Mali', required: true, class: 'wide', autofocus: true }),
    field('From', 'from', p.get('from'), { type: 'date' }),
    field('To', 'to', p.get('to'), { type: 'date' }),
    choice('Actor', 'actor', actorId, actorOptions),
    field('Country (ISO alpha-3)', 'country', p.get('country'), { placeholder: 'LBY', pattern: '[A-Za-z]{3}', size: 4 }),
    rootChoice(p.get('root')),
    quadChoice(p.get('quad')),
  ], (params) => {
    if (params.country) params.country = params.country.toUpperCase();
    return params;
  });
  main.append(h('h1', { text: 'Search' }), form);
  if (!q) {
    main.append(await overview(actors));
    return;
  }
  const hits = await api('search', {
    q, from: p.get('from'), to: p.get('to'), actor: actorId, country: p.get('country'),
    root: p.get('root'), quad: p.get('quad'), limit: 50,
  });
  const words = q.replace(/["()+\-]/g, ' ').split(/\s+/).filter((w) => !/^(AND|OR|NOT)$/.test(w));
  main.append(h('p', { class: 'count', role: 'status', text: hits.length === 50 ? 'The best 50 documents' : hits.length + (hits.length === 1 ? ' document' : ' documents') }));
  main.append(h('ol', { class: 'hits' }, hits.map((hit) => h('li', { class: 'hit' },
    h('h2', {}, h('a', { href: route('doc', hit.id), text: hit.title || '(untitled)' })),
    h('p', { class: 'meta' }, h('time', { text: hit.published || 'undated' }), ' · ', hit.url || hit.source),
    h('p', { class: 'snippet' }, marked(hit.snippet || '', words)),
    chips(hit.actors)))));
}

/** Links to actors' dossiers. */
export function chips(actors) {
  return h('ul', { class: 'chips', 'aria-label': 'Actors' }, (actors || []).map((a) =>
    h('li', {}, h('a', { class: 'chip type-' + String(a.type).toLowerCase(), href: route('actor', a.id), title: a.type, text: a.name }))));
}

async function overview(actors) {
  const stats = await api('stats');
  return h('section', { class: 'overview' },
    h('h2', { text: 'The store' }),
    h('p', { text: `${stats.documents} documents (${stats.firstPublished || '?'} to ${stats.lastPublished || '?'}), ${stats.actors} actors, ${stats.quotes} quotes, ${stats.events} events, ${stats.places} places.` }),
    h('h2', { text: 'The most mentioned actors' }),
    chips(actors.filter((a) => a.type !== 'NATIONALITY').slice(0, 40)));
}
