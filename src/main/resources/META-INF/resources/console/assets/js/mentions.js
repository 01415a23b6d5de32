// The extract and posting pages: an extraction (skills with their mentions) shown as marked
// text beside the skills grouped by level and the detected sections.

import { el, fill, LEVELS, LEVEL_LABEL, number, percent } from './dom.js';
import { focusSkill, highlight, legend, markText } from './highlight.js';

/** Where the taxonomy page shows a skill. */
export function skillLink(id) {
  return '/console/skills#skill-' + encodeURIComponent(id);
}

const RULES = {
  alias: 'an alias that always names the skill',
  also: 'implied by another skill’s alias (one name for both)',
};

function ruleText(mention) {
  if (RULES[mention.rule]) return RULES[mention.rule];
  if (mention.rule?.startsWith('context:')) return 'an ambiguous alias, admitted by its ' + mention.rule.slice(8) + ' rule';
  return mention.rule || 'unknown';
}

function evidenceText(evidence) {
  if (!evidence) return 'none: nothing in the sentence or its section says, so “other”';
  const where = { cue: 'the cue', section: 'the section heading', model: 'the level model, reading' }[evidence.source] || evidence.source;
  return [where + ' ', el('q', {}, evidence.text)];
}

/** The tooltip of one mention. */
function mentionTip(skill, mention) {
  return () => [
    el('p', { class: 'tip-head' }, el('strong', {}, skill.name), ' ', el('span', { class: 'badge', 'data-level': mention.level }, LEVEL_LABEL[mention.level])),
    el(
      'dl',
      {},
      el('dt', {}, 'Confidence'), el('dd', {}, percent(mention.confidence)),
      el('dt', {}, 'Rule'), el('dd', {}, ruleText(mention), mention.alias ? [' (alias ', el('q', {}, mention.alias), ')'] : null),
      el('dt', {}, 'Evidence'), el('dd', {}, evidenceText(mention.evidence)),
      el('dt', {}, 'Years'), el('dd', {}, mention.minYears != null ? mention.minYears + '+ years' : 'not stated'),
    ),
  ];
}

/** One span per mention of every skill. */
export function mentionSpans(skills) {
  return skills.flatMap((skill) =>
    skill.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      skill: skill.id,
      level: m.level,
      evidence: m.evidence,
      tip: mentionTip(skill, m),
    })),
  );
}

/** Renders an extraction: marked text in doc, the legend, and the skill and section panels. */
export function showExtraction({ doc, legendArea, side }, text, skills, sections) {
  legend(legendArea);
  const view = markText(doc, text, mentionSpans(skills));
  fill(side, skillGroups(doc, skills), sections ? sectionList(view, sections) : null);
  return view;
}

function skillGroups(doc, skills) {
  const groups = LEVELS.map((level) => {
    const ofLevel = skills.filter((s) => s.level === level);
    if (!ofLevel.length) return null;
    return el(
      'section',
      { class: 'group', 'data-level': level },
      el('h3', {}, el('span', { class: 'badge', 'data-level': level }, LEVEL_LABEL[level]), ' ', number(ofLevel.length)),
      el('ul', { class: 'skill-list' }, ofLevel.map((s) => skillItem(doc, s))),
    );
  });
  return el('div', {}, el('h2', { class: 'side-title' }, 'Skills'), skills.length ? groups : el('p', {}, 'No skill of the taxonomy is named.'));
}

function skillItem(doc, skill) {
  const show = el('button', { type: 'button', class: 'link-button', 'aria-label': `Show the mentions of ${skill.name} in the text` }, mentionsLabel(skill.mentions.length));
  show.addEventListener('click', () => focusSkill(doc, skill.id));
  return el(
    'li',
    { 'data-skill-item': skill.id },
    el('a', { href: skillLink(skill.id), title: 'This skill in the taxonomy' }, skill.name),
    el('span', { class: 'facts' }, ' ', percent(skill.confidence), skill.minYears != null ? ` · ${skill.minYears}+ years` : '', ' · '),
    show,
  );
}

function mentionsLabel(n) {
  return n === 1 ? '1 mention' : number(n) + ' mentions';
}

function sectionList(view, sections) {
  if (!sections.length) return el('div', {}, el('h2', { class: 'side-title' }, 'Sections'), el('p', {}, 'No section headings found.'));
  return el(
    'div',
    {},
    el('h2', { class: 'side-title' }, 'Sections'),
    el(
      'ul',
      { class: 'section-list' },
      sections.map((s) => {
        const go = el('button', { type: 'button', class: 'link-button' }, s.heading);
        go.addEventListener('click', () => {
          const range = view.rangeOf(s.start, s.start + s.heading.length);
          if (!range) return;
          range.startContainer.parentElement.scrollIntoView({ block: 'center' });
          highlight('section', range);
        });
        return el('li', {}, go, el('span', { class: 'facts' }, ' ', s.kind));
      }),
    ),
  );
}
