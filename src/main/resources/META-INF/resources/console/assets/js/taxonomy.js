// The taxonomy, fetched once per page: names for skill ids and the options of skill selects.

import { request } from './api.js';
import { el } from './dom.js';

let loaded = null;

/** {version, categories, skills, byId: Map} from GET /api/v1/skills. */
export function taxonomy() {
  if (!loaded) {
    loaded = request('/api/v1/skills').then((answer) => ({ ...answer, byId: new Map(answer.skills.map((s) => [s.id, s])) }));
    loaded.catch(() => {
      loaded = null; // a later call asks again (after a key was given, say)
    });
  }
  return loaded;
}

/** The display name of a skill id (the id itself when the taxonomy no longer has it). */
export function nameOf(tax, id) {
  return tax.byId.get(id)?.name || id;
}

/** Appends one option per category to a select (after its "every category" option). */
export function categoryOptions(select, tax) {
  select.append(...tax.categories.map((c) => el('option', { value: c }, c)));
}

/** Appends one option per skill, by name. */
export function skillOptions(select, tax) {
  const skills = [...tax.skills].sort((a, b) => a.name.localeCompare(b.name));
  select.append(...skills.map((s) => el('option', { value: s.id }, s.name)));
}
