// A page's state lives in its URL (a demand filter, a search, a match), so that a link opens
// the same view. Forms are read into the URL on submit and written back from it on load and on
// back/forward; an API key never goes there (it is not a form field).

/** The form's non-empty fields as URL parameters (a multiple select repeats its name). */
export function paramsOf(form) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim());
  }
  return params;
}

/**
 * Sets the form's fields (or only those named) from URL parameters; fields the URL lacks are
 * emptied.
 */
export function fillForm(form, params, names) {
  for (const field of form.elements) {
    if (!field.name || field.type === 'submit' || field.type === 'button') continue;
    if (names && !names.includes(field.name)) continue;
    const values = params.getAll(field.name);
    if (field.type === 'checkbox') {
      if (params.has(field.name)) field.checked = values.includes(field.value || 'on');
    } else if (field.multiple) {
      for (const option of field.options) option.selected = values.includes(option.value);
    } else if (field.tagName === 'SELECT') {
      field.value = values.length ? values[0] : defaultOf(field);
    } else {
      field.value = values[0] || '';
    }
  }
}

function defaultOf(select) {
  const preset = [...select.options].find((o) => o.defaultSelected) || select.options[0];
  return preset ? preset.value : '';
}

/** The page's parameters now. */
export function current() {
  return new URLSearchParams(location.search);
}

/** Puts params in the address bar (a new history entry) without reloading. */
export function push(params) {
  const query = params.toString();
  history.pushState(null, '', location.pathname + (query ? '?' + query : ''));
}

/**
 * Wires a form to the URL: on submit its fields become the URL and show() runs; on load and on
 * back/forward the form is filled from the URL and show() runs.
 */
export function bind(form, show) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    push(paramsOf(form));
    show(current());
  });
  window.addEventListener('popstate', () => {
    fillForm(form, current());
    show(current());
  });
  fillForm(form, current());
  show(current());
}
