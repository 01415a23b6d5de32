// Shows a text with skill spans marked. Each span becomes one <mark data-skill data-level>
// (spans with the same or nested offsets nest), so a page has exactly as many marks as the API
// gave spans. Hovering or focusing a mark shows its tooltip and highlights its evidence (the cue
// or section heading) with the CSS Custom Highlight API, which leaves the DOM as it is.

import { byId, el, fill, LEVELS, LEVEL_LABEL } from './dom.js';

const spanOf = new WeakMap();

/**
 * Renders text into container with spans marked, in one pass over the spans sorted by offset.
 * span: {start, end, skill, level, tip() → nodes for the tooltip, evidence: {start, end}?}.
 * Answers a view: {marks, rangeOf(start, end)}.
 */
export function markText(container, text, spans) {
  const ordered = spans
    .filter((s) => s.start >= 0 && s.end > s.start && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces = []; // every text node with the offset it starts at, in text order
  const marks = [];
  const open = [{ node: container, end: text.length }];
  let pos = 0;
  const emit = (parent, upTo) => {
    if (upTo <= pos) return;
    const piece = document.createTextNode(text.slice(pos, upTo));
    parent.append(piece);
    pieces.push({ node: piece, start: pos });
    pos = upTo;
  };
  const close = () => {
    const top = open.pop();
    emit(top.node, top.end);
  };
  container.replaceChildren();
  for (const span of ordered) {
    while (open.length > 1 && open.at(-1).end <= span.start) close();
    const parent = open.at(-1);
    emit(parent.node, span.start);
    const mark = el('mark', { 'data-skill': span.skill, 'data-level': span.level, tabindex: 0 });
    spanOf.set(mark, span);
    parent.node.append(mark);
    marks.push(mark);
    // A span that starts inside another and ends after it is cut at the other's end, so that
    // marks stay nested; the API has not been seen to answer such spans.
    open.push({ node: mark, end: Math.min(span.end, parent.end) });
  }
  while (open.length > 1) close();
  emit(container, text.length);
  const view = { marks, rangeOf: (start, end) => rangeOf(pieces, start, end) };
  attachTips(container, view);
  return view;
}

/** A DOM Range over text offsets [start, end), found by binary search over the text nodes. */
function rangeOf(pieces, start, end) {
  if (!pieces.length || end <= start) return null;
  const at = (offset) => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const piece = pieces[lo];
    return [piece.node, Math.min(offset - piece.start, piece.node.length)];
  };
  const range = document.createRange();
  range.setStart(...at(start));
  range.setEnd(...at(end));
  return range;
}

/** Shows a range in the highlight named name (styled by ::highlight(name)); null clears it. */
export function highlight(name, range) {
  if (!window.CSS || !CSS.highlights) return; // the tooltip still names the evidence
  if (range) CSS.highlights.set(name, new Highlight(range));
  else CSS.highlights.delete(name);
}

function attachTips(container, view) {
  const tip = byId('mention-tip');
  const show = (marks, anchor) => {
    fill(tip, marks.map((m) => el('div', { class: 'tip-mention' }, spanOf.get(m).tip())));
    tip.hidden = false;
    const box = anchor.getBoundingClientRect();
    const width = Math.min(360, document.documentElement.clientWidth - 16);
    tip.style.maxWidth = width + 'px';
    const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
    tip.style.left = left + scrollX + 'px';
    tip.style.top = box.bottom + scrollY + 6 + 'px';
    anchor.setAttribute('aria-describedby', 'mention-tip');
    const evidence = spanOf.get(marks[0]).evidence;
    highlight('evidence', evidence ? view.rangeOf(evidence.start, evidence.end) : null);
  };
  const hide = (anchor) => {
    tip.hidden = true;
    if (anchor) anchor.removeAttribute('aria-describedby');
    highlight('evidence', null);
  };
  // Under the pointer every mark holding the point is listed (tf.keras is Keras and
  // TensorFlow); a focused mark shows its own mention.
  container.addEventListener('mouseover', (event) => {
    const mark = event.target.closest('mark');
    if (!mark || !container.contains(mark)) return;
    const stack = [];
    for (let m = mark; m && container.contains(m); m = m.parentElement.closest('mark')) stack.push(m);
    show(stack, mark);
  });
  container.addEventListener('mouseout', (event) => {
    if (event.target.closest('mark') && !event.relatedTarget?.closest?.('mark')) hide(event.target);
  });
  container.addEventListener('focusin', (event) => {
    if (event.target.matches('mark')) show([event.target], event.target);
  });
  container.addEventListener('focusout', (event) => hide(event.target));
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide(event.target);
  });
}

/** The legend of the marks: colour, underline pattern and label for each level. */
export function legend(container) {
  fill(
    container,
    el('span', { class: 'legend-title' }, 'Marks:'),
    LEVELS.map((level) =>
      el('span', { class: 'swatch', 'data-level': level }, LEVEL_LABEL[level]),
    ),
    el('span', { class: 'hint' }, 'Hover or focus a mark (Tab) for why.'),
  );
}

/** Focuses the first mark of a skill (from the side panels). */
export function focusSkill(container, skill) {
  const mark = container.querySelector(`mark[data-skill="${CSS.escape(skill)}"]`);
  if (mark) {
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }
}
