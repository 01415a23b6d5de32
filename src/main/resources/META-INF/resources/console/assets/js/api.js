// Every call to the JSON API goes through request(): it sends the API key kept in
// sessionStorage, asks for one when the service answers 401, and turns problems
// (application/problem+json) into an ApiError whose message a person can read.

import { byId, el, fill } from './dom.js';

const KEY = 'skillscope.apiKey';

/** A problem the API answered, or a failure to reach it (status 0). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || 'The request failed.');
    this.status = status;
    this.problem = problem;
  }
}

export function apiKey() {
  return sessionStorage.getItem(KEY);
}

function setKey(key) {
  if (key) sessionStorage.setItem(KEY, key);
  else sessionStorage.removeItem(KEY);
  showKeyStatus();
}

function showKeyStatus() {
  byId('key-status').hidden = !apiKey();
}

let asking = null;

/** Opens the key dialog (once, however many calls wait for it); true when a key was given. */
export function askForKey(reason) {
  if (asking) return asking;
  const dialog = byId('key-dialog');
  const input = byId('key-input');
  byId('key-reason').textContent = reason;
  input.value = '';
  asking = new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        asking = null;
        const key = input.value.trim();
        input.value = '';
        if (dialog.returnValue === 'ok' && key) {
          setKey(key);
          resolve(true);
        } else {
          resolve(false);
        }
      },
      { once: true },
    );
    dialog.returnValue = '';
    dialog.showModal();
    input.focus();
  });
  return asking;
}

/**
 * Calls the API. options: method, query (an object or URLSearchParams; empty values are left
 * out), body (sent as JSON), accept. Answers the parsed JSON, or the Response when accept is
 * not JSON. Throws ApiError.
 */
export async function request(path, options = {}) {
  const url = withQuery(path, options.query);
  for (let asked = 0; ; asked++) {
    const response = await send(url, options);
    if (response.status === 401 && asked < 3) {
      const problem = await problemOf(response);
      const reason = apiKey()
        ? 'The service did not accept the key: ' + problem.detail
        : 'Ask whoever runs the service for a key. The console then sends it with every call.';
      if (apiKey()) setKey(null);
      if (await askForKey(reason)) continue;
      throw new ApiError(401, problem);
    }
    if (!response.ok) throw new ApiError(response.status, await problemOf(response));
    if (options.accept && options.accept !== 'application/json') return response;
    return response.status === 204 ? null : response.json();
  }
}

async function send(url, options) {
  const headers = { Accept: options.accept || 'application/json' };
  if (apiKey()) headers.Authorization = 'Bearer ' + apiKey();
  let body;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  try {
    return await fetch(url, { method: options.method || 'GET', headers, body });
  } catch {
    throw new ApiError(0, {
      title: 'No answer',
      detail: 'The service did not answer. Is it running, and is this page served by it?',
    });
  }
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch {
      // fall through: a body that is not JSON after all
    }
  }
  return { title: response.statusText || 'HTTP ' + response.status, detail: '' };
}

/** The path with the non-empty values of query as parameters (arrays repeat the name). */
export function withQuery(path, query) {
  if (!query) return path;
  const params = new URLSearchParams();
  const entries = query instanceof URLSearchParams ? query.entries() : Object.entries(query);
  for (const [name, value] of entries) {
    for (const v of [value].flat()) {
      if (v !== null && v !== undefined && String(v).trim() !== '') params.append(name, v);
    }
  }
  const text = params.toString();
  return text ? path + (path.includes('?') ? '&' : '?') + text : path;
}

/** Shows what went wrong, in words, in a message area (role=status). */
export function showError(area, error) {
  const problem = error.problem || { detail: String(error.message || error) };
  const lead =
    error.status === 401
      ? 'This needs an API key. '
      : error.status === 403
        ? 'Your API key is not allowed to do this. '
        : '';
  const violations = (problem.violations || []).map((v) =>
    el('li', {}, el('strong', {}, v.field), ': ', v.message),
  );
  fill(
    area,
    el(
      'div',
      { class: 'problem', role: 'alert' },
      el('p', {}, el('strong', {}, problem.title || 'Something went wrong'), ' — ', lead, problem.detail || ''),
      violations.length ? el('ul', {}, violations) : null,
    ),
  );
}

/** Shows a plain note (progress, counts) in a message area. */
export function showNote(area, ...text) {
  fill(area, ...text);
}

function wireHeader() {
  showKeyStatus();
  byId('key-forget').addEventListener('click', () => setKey(null));
  byId('key-cancel').addEventListener('click', () => byId('key-dialog').close('cancel'));
  byId('key-change').addEventListener('click', async () => {
    if (await askForKey('Enter the key to use from now on.')) location.reload();
  });
}

wireHeader();
