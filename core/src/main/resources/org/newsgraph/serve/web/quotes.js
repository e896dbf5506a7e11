// #/quotes?speaker=&about=&from=&to= : who said what, grouped by speaker.
import { api } from './api.js';
import { h, route } from './dom.js';
import { field, filterForm } from './form.js';

export async function quotesView(main, p) {
  main.append(h('h1', { text: 'Quotes' }), filterForm('quotes', 'Filter the quotes', [
    field('Speaker', 'speaker', p.get('speaker'), { placeholder: 'part of a name' }),
    field('Topic word', 'about', p.get('about'), { placeholder: 'a word in the quote or title' }),
    field('From', 'from', p.get('from'), { type: 'date' }),
    field('To', 'to', p.get('to'), { type: 'date' }),
  ]));
  const quotes = await api('quotes', {
    speaker: p.get('speaker'), about: p.get('about'), from: p.get('from'), to: p.get('to'), limit: 500,
  });
  const groups = new Map();
  for (const q of quotes) {
    const key = q.speakerActor !== null ? 'a' + q.speakerActor : 's' + (q.speaker || '');
    if (!groups.has(key)) groups.set(key, { speaker: q.speaker, actor: q.speakerActor, quotes: [] });
    groups.get(key).quotes.push(q);
  }
  const sorted = [...groups.values()].sort((a, b) => b.quotes.length - a.quotes.length);
  main.append(h('p', { class: 'count', role: 'status', text: `${quotes.length} quotes by ${sorted.length} speakers` + (quotes.length === 500 ? ' (the newest 500)' : '') }));
  main.append(h('div', { class: 'speakers' }, sorted.map((g) => h('section', { class: 'speaker' },
    h('h2', {}, g.actor !== null ? h('a', { href: route('actor', g.actor), text: g.speaker || 'unknown' }) : (g.speaker || 'unknown speaker'),
      h('span', { class: 'n', text: ` ${g.quotes.length}` })),
    quoteList(g.quotes, false)))));
}

/** Quotes as a list: the words, then date, cue and document. */
export function quoteList(quotes, withSpeaker) {
  return h('ul', { class: 'quotes' }, quotes.map((q) => h('li', { class: 'quote-item' },
    h('blockquote', { class: q.direct ? 'direct' : 'indirect', text: q.text }),
    h('p', { class: 'meta' }, withSpeaker ? (q.speaker || 'unknown') + ' · ' : '',
      h('time', { text: q.date || 'undated' }), ` · ${q.direct ? 'direct' : 'indirect'}` + (q.cue ? `, "${q.cue}"` : '') + ' · ',
      h('a', { href: route('doc', q.document), text: q.title || 'document' })))));
}
