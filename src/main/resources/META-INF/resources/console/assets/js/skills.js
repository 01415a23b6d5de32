// /console/skills: the taxonomy by category, with each skill's aliases, rules and relations, and
// the progress of a re-extraction when one runs (that needs an admin key when keys are set).

import { request, showError, showNote } from './api.js';
import { byId, el, fill, number } from './dom.js';
import { categoryOptions, taxonomy } from './taxonomy.js';
import { bind } from './urlstate.js';

const message = byId('skills-message');
const RELATION = { parent: 'broader', child: 'narrower', sibling: 'alongside' };

async function show(params) {
  try {
    const tax = await taxonomy();
    const category = params.get('category');
    const skills = tax.skills.filter((s) => !category || s.category === category);
    byId('skills-stats').textContent =
      `Taxonomy ${tax.version}: ${number(skills.length)} of ${number(tax.skills.length)} skills` +
      (category ? ` in ${category}` : ` in ${number(tax.categories.length)} categories`) + '.';
    const categories = tax.categories.filter((c) => !category || c === category);
    fill(
      byId('skills-list'),
      categories.map((c) => categorySection(tax, c, skills.filter((s) => s.category === c))),
    );
    showNote(message, '');
    revealHash();
  } catch (error) {
    showError(message, error);
  }
}

function categorySection(tax, category, skills) {
  return el(
    'section',
    { class: 'category', 'aria-labelledby': 'category-' + category },
    el('h2', { id: 'category-' + category }, category, el('span', { class: 'count' }, ` ${number(skills.length)} skills`)),
    el('div', { class: 'skill-cards' }, skills.map((s) => skillCard(tax, s))),
  );
}

function skillCard(tax, skill) {
  return el(
    'article',
    { class: 'skill-card', id: 'skill-' + skill.id, tabindex: -1, 'aria-labelledby': 'name-' + skill.id },
    el('h3', { id: 'name-' + skill.id }, skill.name, ' ', el('code', {}, skill.id)),
    el('p', { class: 'facts' }, skill.article ? 'Named by the source article' : 'Added from the postings (not in the source article)'),
    el('p', {}, el('span', { class: 'label' }, 'Written as: '), skill.aliases.map((a, i) => [i ? ', ' : '', el('q', {}, a)])),
    skill.rules?.length ? rules(skill.rules) : null,
    skill.related.length
      ? el(
          'p',
          {},
          el('span', { class: 'label' }, 'Related: '),
          skill.related.map((r, i) => [
            i ? ', ' : '',
            el('a', { href: '#skill-' + r.id }, tax.byId.get(r.id)?.name || r.id),
            ` (${RELATION[r.relation] || r.relation})`,
          ]),
        )
      : null,
  );
}

function rules(list) {
  return el(
    'details',
    { class: 'rules' },
    el('summary', {}, `Rules of ${list.length === 1 ? '1 alias' : number(list.length) + ' aliases'}`),
    el(
      'ul',
      {},
      list.map((r) =>
        el(
          'li',
          {},
          el('q', {}, r.alias),
          r.caseSensitive ? ' (exact case)' : '',
          r.confidence < 0.95 ? ` (confidence ${r.confidence})` : '',
          conditions('counts only when one of these holds:', r.when),
          conditions('never when:', r.unless),
          r.also.length ? el('div', {}, 'also names: ', r.also.join(', ')) : null,
        ),
      ),
    ),
  );
}

function conditions(lead, list) {
  if (!list.length) return null;
  return el('div', { class: 'conditions' }, lead, el('ul', {}, list.map((c) => el('li', {}, el('code', {}, c)))));
}

/** A link like /console/skills#skill-python scrolls to the skill once the list is drawn. */
function revealHash() {
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!target) return;
  target.classList.add('target');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

window.addEventListener('hashchange', revealHash);

async function progress() {
  const box = byId('reextract');
  const state = byId('reextract-state');
  const bar = byId('reextract-progress');
  try {
    const status = await request('/api/v1/admin/reextract');
    box.hidden = false;
    bar.hidden = status.state !== 'running';
    bar.max = Math.max(1, status.total);
    bar.value = status.done;
    state.textContent =
      status.state === 'running'
        ? `Re-extracting: ${number(status.done)} of ${number(status.total)} postings done.`
        : `${status.state === 'idle' ? 'No re-extraction has run.' : `Last run ${status.state}.`} ` +
          `${number(status.stale)} stored postings were extracted with an older taxonomy.`;
    if (status.state === 'running') setTimeout(progress, 2000);
  } catch (error) {
    // Only an admin key may see it: say so instead of asking for another key.
    box.hidden = false;
    bar.hidden = true;
    state.textContent =
      error.status === 403
        ? 'Re-extraction progress needs a key with the admin role.'
        : 'Re-extraction progress could not be read: ' + error.message;
  }
}

async function start() {
  try {
    categoryOptions(byId('s-category'), await taxonomy());
  } catch (error) {
    showError(message, error);
    return;
  }
  bind(byId('skills-filters'), show);
  progress();
}

start();
