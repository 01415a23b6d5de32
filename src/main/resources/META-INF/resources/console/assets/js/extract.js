// /console/extract: paste a posting, see its skills marked in the text.

import { request, showError, showNote } from './api.js';
import { byId, number } from './dom.js';
import { showExtraction } from './mentions.js';

const form = byId('extract-form');
const message = byId('extract-message');
const result = byId('extract-result');

// A short posting in the style of the corpus, for a first try.
const SAMPLE = `Data Scientist

About the role
You will build forecasting models with the analytics team and present results to stakeholders.
The team's stack: Tableau dashboards on Kubernetes.

Requirements:
- 3+ years of experience with Python and SQL
- Solid grounding in statistics and probability
- Experience with scikit-learn or PyTorch
- Excellent communication skills

Nice to have:
- Experience with R or Spark is a plus
- Familiarity with Docker and AWS

Benefits
Flexible hours and a learning budget.`;

/**
 * The request for the form. It is the one place that reads the form, so that a file input
 * (issue 14: a multipart "file" part) changes only this function.
 */
function requestBody() {
  return { text: form.elements.text.value, title: form.elements.title.value.trim() || undefined };
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = requestBody();
  if (!body.text.trim()) {
    showNote(message, 'Paste the text of a posting first.');
    form.elements.text.focus();
    return;
  }
  showNote(message, 'Reading the posting…');
  try {
    const answer = await request('/api/v1/extract', { method: 'POST', body });
    show(body.text, answer);
    showNote(message, `${number(answer.skills.length)} skills found.`);
    byId('extract-result-title').focus(); // brings the result into view, and says where it is
  } catch (error) {
    result.hidden = true;
    showError(message, error);
  }
});

byId('extract-sample').addEventListener('click', () => {
  form.elements.title.value = 'Data Scientist';
  form.elements.text.value = SAMPLE;
  form.requestSubmit();
});

function show(text, answer) {
  result.hidden = false;
  const mentions = answer.skills.reduce((n, s) => n + s.mentions.length, 0);
  byId('extract-stats').textContent =
    `${number(answer.skills.length)} skills, ${number(mentions)} mentions in ${number(answer.stats.chars)} characters` +
    ` · taxonomy ${answer.taxonomyVersion} · ${answer.stats.tookMs} ms`;
  showExtraction(
    { doc: byId('extract-doc'), legendArea: byId('extract-legend'), side: byId('extract-side') },
    text,
    answer.skills,
    answer.sections,
  );
}
