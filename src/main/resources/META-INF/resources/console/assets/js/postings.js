// /console/postings: search the stored postings; each result links to its page.

import { request, showError, showNote } from './api.js';
import { byId, day, el, fill, LEVEL_LABEL, number } from './dom.js';
import { download } from './tables.js';
import { nameOf, skillOptions, taxonomy } from './taxonomy.js';
import { bind, current, push } from './urlstate.js';

const SIZE = 20;
const message = byId('postings-message');
const FILTERS = ['skill', 'level', 'q', 'company', 'location', 'from', 'to'];
let shown = { query: {}, items: [] };

async function show(params) {
  const page = Math.max(0, Number(params.get('page')) || 0);
  const query = { ...Object.fromEntries(FILTERS.map((f) => [f, params.get(f)])), page, size: SIZE };
  showNote(message, 'Searching…');
  try {
    const [tax, answer] = await Promise.all([taxonomy(), request('/api/v1/postings', { query })]);
    shown = { query, items: answer.items };
    render(tax, answer);
    showNote(message, '');
  } catch (error) {
    byId('postings-result').hidden = true;
    showError(message, error);
  }
}

function render(tax, answer) {
  byId('postings-result').hidden = false;
  const first = answer.page * answer.size;
  byId('postings-count').textContent = answer.total
    ? `${number(answer.total)} postings (${number(first + 1)}–${number(first + answer.items.length)} shown)`
    : 'No stored posting matches';
  fill(byId('postings-list'), answer.items.map((p) => item(tax, p)));
  pager(answer);
}

function item(tax, posting) {
  const asked = ['required', 'preferred'].flatMap((level) => posting.skills.filter((s) => s.level === level));
  return el(
    'li',
    { class: 'posting' },
    el('h3', {}, el('a', { href: '/console/postings/' + encodeURIComponent(posting.id) }, posting.title)),
    el('p', { class: 'meta' }, [posting.company, posting.location, day(posting.postedAt || posting.ingestedAt)].filter(Boolean).join(' · ')),
    asked.length
      ? el(
          'ul',
          { class: 'chips', 'aria-label': 'Skills it asks for: required (solid underline), then preferred (dashed)' },
          asked.map((s) => el('li', { class: 'badge', 'data-level': s.level, title: LEVEL_LABEL[s.level] }, nameOf(tax, s.id))),
        )
      : null,
  );
}

function pager(answer) {
  const nav = byId('postings-pager');
  const pages = Math.ceil(Math.min(answer.total, 10_000) / answer.size);
  const link = (page, label) => {
    const params = current();
    params.set('page', page);
    const a = el('a', { href: '?' + params, class: 'button secondary' }, label);
    a.addEventListener('click', (event) => {
      event.preventDefault();
      push(params);
      show(params);
      byId('main').focus();
    });
    return a;
  };
  fill(
    nav,
    answer.page > 0 ? link(answer.page - 1, '← Newer') : null,
    pages > 1 ? el('span', {}, ` Page ${number(answer.page + 1)} of ${number(pages)} `) : null,
    answer.page + 1 < pages ? link(answer.page + 1, 'Older →') : null,
  );
}

const COLUMNS = [
  { key: 'id', label: 'id', value: (p) => p.id },
  { key: 'title', label: 'title', value: (p) => p.title },
  { key: 'company', label: 'company', value: (p) => p.company },
  { key: 'location', label: 'location', value: (p) => p.location },
  { key: 'postedAt', label: 'postedAt', value: (p) => p.postedAt },
  { key: 'required', label: 'required', value: (p) => ids(p, 'required') },
  { key: 'preferred', label: 'preferred', value: (p) => ids(p, 'preferred') },
];

function ids(posting, level) {
  return posting.skills.filter((s) => s.level === level).map((s) => s.id).join(' ');
}

async function start() {
  try {
    skillOptions(byId('p-skill'), await taxonomy());
  } catch (error) {
    showError(message, error);
    return;
  }
  byId('postings-csv').addEventListener('click', () =>
    download({ filename: 'postings.csv', api: ['/api/v1/postings', shown.query] }, COLUMNS, shown.items),
  );
  bind(byId('postings-filters'), show);
}

start();
