// Builds the page from data without ever parsing HTML: every string becomes a text node, so a
// posting that contains <script> or <img onerror=…> shows those characters and runs nothing.

/**
 * A new element. attrs are set as attributes (class as className); null, undefined and false
 * are left out, true sets an empty attribute. children: nodes, strings (as text) or arrays.
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error('add event listeners with addEventListener, not ' + name);
    if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  add(node, children);
  return node;
}

/** Appends nodes, strings (as text nodes) and arrays of them; skips null, undefined, false. */
export function add(node, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces a node's children. */
export function fill(node, ...children) {
  node.replaceChildren();
  return add(node, children);
}

export function byId(id) {
  return document.getElementById(id);
}

/** The URL if it is a web address (http or https), else null: never a javascript: link. */
export function webUrl(value) {
  try {
    const url = new URL(value, location.origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const numbers = new Intl.NumberFormat('en');
const percents = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

export function number(n) {
  return numbers.format(n);
}

export function percent(share) {
  return percents.format(share);
}

/** A level as a person reads it; the same words label the marks, the charts and the tables. */
export const LEVELS = ['required', 'preferred', 'other'];
export const LEVEL_LABEL = { required: 'Required', preferred: 'Preferred', other: 'Other' };

/** A short text for a date-time (ISO) or date. */
export function day(value) {
  return value ? String(value).slice(0, 10) : '';
}
