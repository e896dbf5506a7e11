// Filter forms: each field is labelled, pre-filled from the route's params, and submitting the
// form changes the route (so every view is a link that can be kept or shared).
import { h, route } from './dom.js';
import { QUAD_CLASSES, ROOT_CODES } from './api.js';

let fieldCount = 0;

/** A labelled input. */
export function field(label, name, value, attrs) {
  const id = 'f-' + name + '-' + ++fieldCount;
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id, text: label }),
    h('input', { id, name, value: value || '', ...(attrs || {}) }),
  );
}

/** A labelled select of [value, text] options; '' is "any". */
export function choice(label, name, value, options) {
  const id = 'f-' + name + '-' + ++fieldCount;
  const select = h('select', { id, name }, h('option', { value: '', text: 'any' }));
  for (const [v, text] of options) {
    const option = h('option', { value: v, text });
    if (String(v) === String(value || '')) option.selected = true;
    select.append(option);
  }
  return h('div', { class: 'field' }, h('label', { for: id, text: label }), select);
}

export function quadChoice(value) {
  return choice('QuadClass', 'quad', value, Object.entries(QUAD_CLASSES).map(([k, v]) => [k, k + ' ' + v]));
}

export function rootChoice(value) {
  const options = Object.keys(ROOT_CODES)
    .sort()
    .map((k) => [k, k + ' ' + ROOT_CODES[k]]);
  return choice('Event root code', 'root', value ? String(value).padStart(2, '0') : '', options);
}

/** A filter form for a route: its fields, a submit button; empty fields are left out. */
export function filterForm(routeName, label, fields, onSubmit) {
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': label },
    ...fields,
    h('div', { class: 'field submit' }, h('button', { type: 'submit', text: 'Show' })),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const params = {};
    for (const [k, v] of new FormData(form).entries()) {
      if (String(v).trim() !== '') params[k] = String(v).trim();
    }
    const changed = onSubmit ? await onSubmit(params) : params;
    window.location.hash = route(routeName, null, changed);
  });
  return form;
}

/** The event filter fields shared by the timeline, the network and the map. */
export function eventFields(p) {
  return [
    field('Source actor (code or name)', 'source', p.get('source'), { placeholder: 'FRA or macron' }),
    field('Target actor (code or name)', 'target', p.get('target'), { placeholder: 'LBY' }),
    rootChoice(p.get('root')),
    quadChoice(p.get('quad')),
    field('From', 'from', p.get('from'), { type: 'date' }),
    field('To', 'to', p.get('to'), { type: 'date' }),
  ];
}
