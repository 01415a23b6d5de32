// Tables under the charts, and their CSV downloads. A download asks the API for CSV where it
// serves it (Accept: text/csv, and ?format=csv for links) and otherwise writes the table shown.

import { request, withQuery } from './api.js';
import { el, fill } from './dom.js';

/**
 * columns: [{key (CSV header), label, value(row) → text or number, show(row) → node or text,
 * numeric?, nowrap?}]. Answers the <table>.
 */
export function table(caption, columns, rows) {
  return el(
    'table',
    {},
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', class: kind(c) }, c.label)))),
    el(
      'tbody',
      {},
      rows.map((row) =>
        el('tr', {}, columns.map((c) => el('td', { class: kind(c) }, c.show ? c.show(row) : c.value(row)))),
      ),
    ),
  );
}

function kind(column) {
  return column.numeric ? 'num' : column.nowrap ? 'nowrap' : null;
}

/** One CSV field (RFC 4180); text a spreadsheet would run as a formula is prefixed with '. */
function field(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
  return /[",\r\n]/.test(text) ? '"' + text.replaceAll('"', '""') + '"' : text;
}

export function toCsv(columns, rows) {
  const lines = [columns.map((c) => field(c.key || c.label)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(c.value(row))).join(','));
  return lines.join('\r\n') + '\r\n';
}

function save(filename, blob) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Fills area with the table and a "Download CSV" button. csv: {filename, api?: [path, query]}:
 * with api, the API's own CSV when it answers text/csv, else the table as CSV.
 */
export function tableBlock(area, { caption, columns, rows, csv }) {
  const button = el('button', { type: 'button', class: 'secondary csv' }, 'Download CSV');
  button.addEventListener('click', () => download(csv, columns, rows));
  fill(
    area,
    el('div', { class: 'table-head' }, button),
    rows.length ? el('div', { class: 'scroll' }, table(caption, columns, rows)) : el('p', { class: 'empty' }, 'Nothing to list.'),
  );
}

export async function download(csv, columns, rows) {
  if (csv.api) {
    const [path, query] = csv.api;
    const response = await request(withQuery(path, { ...query, format: 'csv' }), { accept: 'text/csv' }).catch(() => null);
    if (response && (response.headers.get('Content-Type') || '').startsWith('text/csv')) {
      save(csv.filename, await response.blob());
      return;
    }
  }
  save(csv.filename, new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }));
}
