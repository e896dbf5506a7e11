// #/stories?about= : stories (articles grouped as they were added), the most documents first.
// #/story/ID : a story's documents (copies marked), its merged events with their counts, its
// quotes and its timeline by date.
import { api } from './api.js';
import { h, route } from './dom.js';
import { field, filterForm } from './form.js';

export async function storiesView(main, p) {
  main.append(h('h1', { text: 'Stories' }), filterForm('stories', 'Filter the stories', [
    field('Topic word', 'about', p.get('about'), { placeholder: 'a word in the label or a title' }),
  ]));
  const stories = await api('stories', { about: p.get('about'), limit: 200 });
  main.append(h('p', { class: 'count', role: 'status', text: `${stories.length} ${stories.length === 1 ? 'story' : 'stories'}` + (stories.length === 200 ? ' (the largest 200)' : '') }));
  main.append(stories.length
    ? h('ol', { class: 'stories' }, stories.map((s) => h('li', { class: 'story-item' },
      h('h2', {}, h('a', { href: route('story', s.id), text: s.label || '(no label)' })),
      h('p', { class: 'meta' }, span(s), ` · ${s.documents} ${s.documents === 1 ? 'document' : 'documents'}`))))
    : h('p', { class: 'empty', text: 'No stories.' }));
}

export async function storyView(main, id) {
  const d = await api('stories/' + encodeURIComponent(id));
  const s = d.story;
  document.title = (s.label || 'Story') + ' · newsgraph';
  const copies = d.documents.filter((x) => x.copy).length;
  main.append(
    h('h1', { class: 'story-label', text: s.label || '(no label)' }),
    h('p', { class: 'meta' }, span(s), ` · ${d.documents.length} ${d.documents.length === 1 ? 'document' : 'documents'}` + (copies ? ` (${copies} ${copies === 1 ? 'copy' : 'copies'})` : '')),
    part(`Documents (${d.documents.length})`, d.documents.length ? h('ul', { class: 'story-docs' }, d.documents.map((x) => h('li', {},
      h('a', { href: route('doc', x.id), text: x.title || '(untitled)' }),
      x.copy ? [' ', h('span', { class: 'copy', title: 'joined the story as a near-duplicate of another document', text: 'copy' })] : null,
      h('span', { class: 'meta', text: ` · ${x.published || 'undated'} · ${x.source || ''}` }))))
      : empty('No documents.')),
    part(`Events (${d.events.length})`, d.events.length ? h('div', { class: 'scroll' }, h('table', { class: 'data story-events' },
      h('thead', {}, h('tr', {}, ['Date', 'Source', 'CAMEO', 'Target', 'Mentions', 'Articles'].map((x) => h('th', { scope: 'col', text: x })))),
      h('tbody', {}, d.events.map((e) => h('tr', {},
        [e.date || '?', e.source, e.cameo, e.target].map((c) => h('td', { text: c })),
        h('td', { class: 'n', text: e.mentions }), h('td', { class: 'n', text: e.articles }))))))
      : empty('No events.')),
    part(`Quotes (${d.quotes.length})`, d.quotes.length ? h('ul', { class: 'quotes' }, d.quotes.map((q) => h('li', { class: 'quote-item' },
      h('blockquote', { text: q.text }),
      h('p', { class: 'meta' }, (q.speaker || 'unknown speaker') + ' · ', h('time', { text: q.date || 'undated' }), ' · ',
        h('a', { href: route('doc', q.document), text: 'document' })))))
      : empty('No quotes.')),
    part('Timeline', timeline(d.timeline)));
}

function span(s) {
  if (!s.first && !s.last) return 'undated';
  return s.first === s.last || !s.last ? s.first : `${s.first || '?'} – ${s.last}`;
}

function part(title, body) {
  return h('section', { class: 'story-part' }, h('h2', { text: title }), body);
}

function empty(text) {
  return h('p', { class: 'empty', text });
}

/** The timeline as a list grouped by day, undated last. */
function timeline(entries) {
  if (!entries.length) return empty('Nothing dated.');
  const days = new Map();
  for (const t of entries) {
    const key = t.date || 'undated';
    if (!days.has(key)) days.set(key, []);
    days.get(key).push(t);
  }
  return h('ol', { class: 'story-timeline' }, [...days.entries()].map(([day, items]) => h('li', {},
    h('time', { class: 'day', text: day }),
    h('ul', {}, items.map((t) => h('li', { class: 'tl-' + t.kind },
      h('span', { class: 'kind', text: t.kind }), ' ', t.text,
      t.document ? [' ', h('a', { href: route('doc', t.document), text: '(document)' })] : null))))));
}
