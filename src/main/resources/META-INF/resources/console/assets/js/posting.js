// /console/postings/{id}: one stored posting with its skills marked, as on the extract page.

import { request, showError, showNote } from './api.js';
import { byId, day, el, fill, webUrl } from './dom.js';
import { showExtraction } from './mentions.js';

const id = byId('posting').dataset.id;
const message = byId('posting-message');

async function start() {
  showNote(message, 'Loading…');
  try {
    const posting = await request('/api/v1/postings/' + encodeURIComponent(id));
    render(posting, await sectionsOf(posting));
    showNote(message, '');
  } catch (error) {
    showError(message, error);
  }
}

/**
 * A stored posting keeps its skills but not its sections; sections depend on the text alone, so
 * they are read again (the marks stay the stored skills).
 */
async function sectionsOf(posting) {
  try {
    return (await request('/api/v1/extract', { method: 'POST', body: { text: posting.description } })).sections;
  } catch {
    return null;
  }
}

function render(posting, sections) {
  document.title = posting.title + ' · SkillScope';
  byId('posting-title').textContent = posting.title;
  const url = webUrl(posting.url);
  fill(
    byId('posting-meta'),
    [posting.company, posting.location, posting.postedAt && 'posted ' + day(posting.postedAt)].filter(Boolean).join(' · '),
    url ? [' · ', el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original posting')] : null,
  );
  byId('posting-result').hidden = false;
  byId('posting-stats').textContent =
    `Stored ${day(posting.ingestedAt)} · extracted with taxonomy ${posting.taxonomyVersion} · id ${posting.id}`;
  showExtraction(
    { doc: byId('posting-doc'), legendArea: byId('posting-legend'), side: byId('posting-side') },
    posting.description,
    posting.skills,
    sections,
  );
}

start();
