// /console/match: rank the stored postings for a résumé, then explain one posting skill by skill
// with the evidence marked in both texts. The match lives in the URL: ?candidate=ID (a stored
// candidate) or ?resume=tab (the résumé kept in this tab's sessionStorage), &posting=ID for the
// explanation, and the filters.

import { ApiError, request, showError, showNote } from './api.js';
import { byId, el, fill, LEVEL_LABEL, number } from './dom.js';
import { legend, markText } from './highlight.js';
import { tableBlock } from './tables.js';
import { nameOf, taxonomy } from './taxonomy.js';
import { current, fillForm, paramsOf, push } from './urlstate.js';

const form = byId('match-form');
const message = byId('match-message');
const RESUME = 'skillscope.resume';
const FILTERS = ['q', 'company', 'location', 'size'];
const STATUS = { matched: '✓ matched', partial: '◐ partial', missing: '✗ missing' };
let ranked = null; // the params the list on the page was ranked for

/**
 * The candidate for the form. It is the one place that reads the résumé, so that a file input
 * (issue 14: a multipart "file" part) changes only this function.
 */
function requestBody() {
  return { resumeText: form.elements.resumeText.value };
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const candidate = requestBody();
  if (!candidate.resumeText.trim()) {
    showNote(message, 'Paste the text of a résumé first.');
    form.elements.resumeText.focus();
    return;
  }
  const params = paramsOf(form);
  params.delete('resumeText');
  params.delete('keep');
  let note = '';
  try {
    if (form.elements.keep.checked) params.set('candidate', await store(candidate));
    else keepInTab(params, candidate);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 403) return showError(message, error);
    keepInTab(params, candidate);
    note = 'Your API key may not store résumés: this one stays in this tab only.';
  }
  ranked = null;
  push(params);
  show(params, note);
});

async function store(candidate) {
  showNote(message, 'Storing the résumé…');
  return (await request('/api/v1/candidates', { method: 'POST', body: candidate })).id;
}

function keepInTab(params, candidate) {
  sessionStorage.setItem(RESUME, candidate.resumeText);
  params.set('resume', 'tab');
}

/** The match request for the candidate the URL names, or null (with a note) when there is none. */
async function candidateOf(params) {
  if (params.get('candidate')) {
    const profile = await request('/api/v1/candidates/' + encodeURIComponent(params.get('candidate')));
    form.elements.resumeText.value = profile.resumeText || '';
    byId('match-erase').hidden = false;
    return { body: { candidateId: profile.id }, text: profile.resumeText || '' };
  }
  byId('match-erase').hidden = true;
  if (params.get('resume') === 'tab') {
    const text = sessionStorage.getItem(RESUME);
    if (!text) {
      showNote(message, 'This link’s résumé was kept in another tab only. Paste it again.');
      return null;
    }
    form.elements.resumeText.value = text;
    return { body: { candidate: { resumeText: text } }, text };
  }
  return null;
}

/** Shows what the URL names; note stays in the message area once done. */
async function show(params, note = '') {
  fillForm(form, params, FILTERS);
  try {
    const candidate = await candidateOf(params);
    if (!candidate) {
      byId('match-result').hidden = true;
      byId('match-explain').hidden = true;
      return;
    }
    const tax = await taxonomy();
    const rankKey = ['candidate', 'resume', ...FILTERS].map((f) => params.get(f)).join('|');
    if (ranked !== rankKey) {
      showNote(message, 'Ranking the stored postings…');
      await rank(tax, params, candidate);
      ranked = rankKey;
    }
    if (params.get('posting')) await explain(tax, params.get('posting'), candidate);
    else byId('match-explain').hidden = true;
    showNote(message, note);
  } catch (error) {
    showError(message, error);
  }
}

async function rank(tax, params, candidate) {
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) || undefined]));
  if (filters.size) filters.size = Number(filters.size);
  const answer = await request('/api/v1/match', { method: 'POST', body: { ...candidate.body, ...filters } });
  byId('match-result').hidden = false;
  fill(
    byId('match-list'),
    answer.results.length ? answer.results.map((r) => rankedItem(tax, r)) : el('li', {}, 'No stored posting to rank.'),
  );
}

function rankedItem(tax, result) {
  const params = current();
  params.set('posting', result.postingId);
  const link = el('a', { href: '?' + params }, result.title);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    push(params);
    show(params).then(() => byId('explain-title').focus());
  });
  const missing = result.missing.map((id) => nameOf(tax, id));
  return el(
    'li',
    { 'data-posting-id': result.postingId },
    el('h3', {}, link),
    el('p', { class: 'meta' }, [result.company, `score ${Math.round(result.score)}`, `fit ${result.fit.toFixed(2)}`].filter(Boolean).join(' · ')),
    el(
      'p',
      { class: 'facts' },
      `required ${result.required.covered} of ${result.required.total}`,
      result.preferred.total ? ` · preferred ${result.preferred.covered} of ${result.preferred.total}` : '',
      missing.length ? ` · missing: ${missing.join(', ')}` : '',
    ),
  );
}

async function explain(tax, postingId, candidate) {
  const path = '/api/v1/postings/' + encodeURIComponent(postingId);
  const [posting, match] = await Promise.all([
    request(path),
    request(path + '/match', { method: 'POST', body: candidate.body }),
  ]);
  byId('match-explain').hidden = false;
  for (const li of byId('match-list').children) li.classList.toggle('current', li.dataset.postingId === postingId);
  byId('explain-title').textContent = `Why ${posting.title} scores ${Math.round(match.score)}`;
  byId('explain-summary').textContent =
    `Score ${Math.round(match.score)} of 100 · required ${match.required.covered} of ${match.required.total}` +
    ` · preferred ${match.preferred.covered} of ${match.preferred.total}`;
  explanationTable(tax, match);
  suggestions(tax, match);
  legend(byId('explain-legend'));
  const asked = match.skills.filter((s) => s.level !== 'other');
  markText(byId('explain-posting'), posting.description, spans(tax, asked, (s) => s.postingEvidence));
  markText(byId('explain-resume'), candidate.text, spans(tax, asked, (s) => s.candidateEvidence));
}

function explanationTable(tax, match) {
  tableBlock(byId('explain-table'), {
    caption: 'Skill by skill: what the posting asks for and what the résumé shows',
    columns: [
      { key: 'skill', label: 'Skill', value: (s) => nameOf(tax, s.skill) },
      { key: 'level', label: 'Asked as', value: (s) => s.level, show: (s) => el('span', { class: 'badge', 'data-level': s.level }, LEVEL_LABEL[s.level]) },
      { key: 'status', label: 'Résumé', value: (s) => s.status, show: (s) => el('span', { class: 'status', 'data-status': s.status }, STATUS[s.status]) },
      { key: 'credit', label: 'Credit', value: (s) => s.credit, show: (s) => s.credit.toFixed(2), numeric: true },
      { key: 'weight', label: 'Weight', value: (s) => s.weight, show: (s) => s.weight.toFixed(2), numeric: true },
      { key: 'note', label: 'Why', value: (s) => s.note || '' },
    ],
    rows: match.skills,
    csv: { filename: 'match.csv' },
  });
  // The test hooks: each row names its skill and status.
  const rows = byId('explain-table').querySelectorAll('tbody tr');
  match.skills.forEach((s, i) => {
    rows[i].dataset.skill = s.skill;
    rows[i].dataset.status = s.status;
  });
}

function suggestions(tax, match) {
  const area = byId('explain-suggestions');
  if (!match.suggestions.length) return fill(area);
  fill(
    area,
    el('h3', {}, 'What would raise the score'),
    el('ul', { class: 'suggestions' }, match.suggestions.map((s) =>
      el('li', {}, el('strong', {}, nameOf(tax, s.skill)), ` +${s.gain.toFixed(1)} points: `, s.reason),
    )),
  );
}

function spans(tax, skills, evidenceOf) {
  return skills.flatMap((s) =>
    evidenceOf(s).map((e) => ({
      start: e.start,
      end: e.end,
      skill: s.skill,
      level: s.level,
      tip: () => [
        el('p', { class: 'tip-head' }, el('strong', {}, nameOf(tax, s.skill)), ' ', el('span', { class: 'badge', 'data-level': s.level }, LEVEL_LABEL[s.level])),
        el('p', {}, STATUS[s.status], ` · credit ${s.credit.toFixed(2)}`),
        s.note ? el('p', {}, s.note) : null,
      ],
    })),
  );
}

byId('match-erase').addEventListener('click', async () => {
  const id = current().get('candidate');
  try {
    await request('/api/v1/candidates/' + encodeURIComponent(id), { method: 'DELETE' });
    form.elements.resumeText.value = '';
    ranked = null;
    push(new URLSearchParams());
    await show(new URLSearchParams());
    showNote(message, 'The résumé is erased from the service.');
  } catch (error) {
    showError(message, error);
  }
});

window.addEventListener('popstate', () => show(current()));
show(current());
