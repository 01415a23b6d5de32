// /console/demand: top skills, trends, co-occurrence and pairs over the stored postings, for the
// filters in the URL. Each chart has its table and CSV download underneath.

import { request, showError, showNote } from './api.js';
import { byId, LEVELS, LEVEL_LABEL, number, percent } from './dom.js';
import { draw, drawNothing, grid, LEVEL_COLOURS } from './charts.js';
import { tableBlock } from './tables.js';
import { categoryOptions, nameOf, skillOptions, taxonomy } from './taxonomy.js';
import { bind } from './urlstate.js';

const FILTERS = ['from', 'to', 'company', 'location', 'q', 'category', 'level'];
const message = byId('demand-message');

function filtersOf(params) {
  return Object.fromEntries(FILTERS.map((f) => [f, params.get(f)]));
}

async function show(params) {
  showNote(message, 'Counting…');
  const filters = filtersOf(params);
  try {
    const tax = await taxonomy();
    const top = await topSkills(tax, filters, params.get('top') || 15);
    const withSkill = params.get('with') || top.skills[0]?.id;
    if (withSkill) byId('f-with').value = withSkill;
    await Promise.all([
      trends(tax, filters, params),
      withSkill ? cooccurrence(tax, filters, withSkill) : drawNothing(byId('chart-cooc'), 'No skill to look from'),
      pairs(tax, filters, params.get('minSupport')),
    ]);
    showNote(message, `${number(top.totalPostings)} postings match.`);
  } catch (error) {
    showError(message, error);
  }
}

async function topSkills(tax, filters, top) {
  const answer = await request('/api/v1/demand', { query: { ...filters, top } });
  const skills = answer.skills;
  const filtered = Object.values(filters).some((v) => v);
  byId('top-stats').textContent =
    answer.totalPostings || filtered
      ? `${number(answer.totalPostings)} postings; the ${number(skills.length)} skills most asked for, split by how each posting asks.`
      : 'No posting is stored yet. Load some with POST /api/v1/postings/batch or /stream (see the API described, below).';
  const chart = byId('chart-top');
  if (!skills.length) drawNothing(chart, 'No stored posting matches these filters');
  else
    draw(
      chart,
      {
        // Patterns as well as colours on the level stacks, as the marks have (decal).
        aria: { enabled: true, decal: { show: true } },
        grid: grid({ top: 36, bottom: 40 }),
        legend: { top: 0 },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'value', name: 'postings', nameLocation: 'middle', nameGap: 24, minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: skills.map((s) => s.name), axisLabel: { interval: 0 } },
        // With a level filter the skills are counted at that level only: stack only it.
        series: (filters.level ? [filters.level] : LEVELS).map((level) => ({
          name: LEVEL_LABEL[level],
          type: 'bar',
          stack: 'postings',
          data: skills.map((s) => s[level]),
          itemStyle: { color: LEVEL_COLOURS[level] },
        })),
      },
      80 + 26 * skills.length,
    );
  tableBlock(byId('table-top'), {
    caption: 'Top skills: postings naming each skill, by level',
    columns: [
      { key: 'id', label: 'Skill', value: (s) => s.name },
      { key: 'category', label: 'Category', value: (s) => s.category },
      { key: 'postings', label: 'Postings', value: (s) => s.postings, show: (s) => number(s.postings), numeric: true },
      { key: 'share', label: 'Share', value: (s) => s.share, show: (s) => percent(s.share), numeric: true },
      ...LEVELS.map((l) => ({ key: l, label: LEVEL_LABEL[l], value: (s) => s[l], show: (s) => number(s[l]), numeric: true })),
    ],
    rows: skills,
    csv: { filename: 'top-skills.csv', api: ['/api/v1/demand', { ...filters, top }] },
  });
  return answer;
}

async function trends(tax, filters, params) {
  const query = { ...filters, interval: params.get('interval') || 'month', skill: params.getAll('trend') };
  const answer = await request('/api/v1/demand/trends', { query });
  const chart = byId('chart-trends');
  const buckets = answer.buckets;
  if (!buckets.length) drawNothing(chart, 'No stored posting matches these filters');
  else
    draw(
      chart,
      {
        grid: grid({ top: 56 }),
        legend: { top: 0, type: 'scroll' },
        tooltip: { trigger: 'axis', valueFormatter: (v) => (v == null ? 'no postings' : percent(v)) },
        xAxis: { type: 'category', data: buckets.map((b) => b.start) },
        yAxis: { type: 'value', axisLabel: { formatter: (v) => percent(v) } },
        series: answer.skills.map((id, i) => ({
          name: nameOf(tax, id),
          type: 'line',
          symbolSize: 6,
          // A period without postings has no share: a gap, not a fall to 0%.
          data: buckets.map((b) => (b.postings ? b.skills[i].share : null)),
        })),
      },
      360,
    );
  const columns = [
    { key: 'start', label: 'From', value: (b) => b.start, nowrap: true },
    { key: 'postings', label: 'Postings', value: (b) => b.postings, show: (b) => number(b.postings), numeric: true },
    ...answer.skills.map((id, i) => ({
      key: id,
      label: nameOf(tax, id),
      value: (b) => b.skills[i].count,
      show: (b) => (b.postings ? `${number(b.skills[i].count)} (${percent(b.skills[i].share)})` : '–'),
      numeric: true,
    })),
  ];
  tableBlock(byId('table-trends'), {
    caption: `Postings per ${answer.interval} naming each skill (share of that ${answer.interval}'s postings)`,
    columns,
    rows: buckets,
    csv: { filename: 'trends.csv', api: ['/api/v1/demand/trends', query] },
  });
}

async function cooccurrence(tax, filters, skill) {
  const query = { ...filters, skill, top: 12 };
  const answer = await request('/api/v1/demand/cooccurrence', { query });
  const rows = answer.cooccurring;
  const chart = byId('chart-cooc');
  if (!rows.length) drawNothing(chart, `No posting names ${nameOf(tax, skill)} with another skill`);
  else
    draw(
      chart,
      {
        grid: grid({ right: 80, top: 16 }),
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => percent(v) },
        xAxis: { type: 'value', max: 1, axisLabel: { formatter: (v) => percent(v) } },
        yAxis: { type: 'category', inverse: true, data: rows.map((r) => nameOf(tax, r.id)), axisLabel: { interval: 0 } },
        series: [
          {
            name: `Share of ${nameOf(tax, skill)} postings`,
            type: 'bar',
            data: rows.map((r) => r.conditional),
            itemStyle: { color: '#0f766e' },
            label: { show: true, position: 'right', formatter: (p) => `lift ${rows[p.dataIndex].lift.toFixed(1)}×` },
          },
        ],
      },
      60 + 26 * rows.length,
    );
  tableBlock(byId('table-cooc'), {
    caption: `Skills named with ${nameOf(tax, skill)} (${number(answer.postings)} postings)`,
    columns: [
      { key: 'id', label: 'Skill', value: (r) => nameOf(tax, r.id) },
      { key: 'count', label: 'Postings with both', value: (r) => r.count, show: (r) => number(r.count), numeric: true },
      { key: 'conditional', label: 'Share', value: (r) => r.conditional, show: (r) => percent(r.conditional), numeric: true },
      { key: 'lift', label: 'Lift', value: (r) => r.lift, show: (r) => r.lift.toFixed(2), numeric: true },
    ],
    rows,
    csv: { filename: `cooccurrence-${skill}.csv`, api: ['/api/v1/demand/cooccurrence', query] },
  });
}

async function pairs(tax, filters, minSupport) {
  const query = { ...filters, minSupport, top: 20 };
  const answer = await request('/api/v1/demand/cooccurrence', { query });
  tableBlock(byId('table-pairs'), {
    caption: `Pairs named together in at least ${number(answer.minSupport)} postings, strongest lift first`,
    columns: [
      { key: 'skills', label: 'Skills', value: (p) => p.skills.map((id) => nameOf(tax, id)).join(' + ') },
      { key: 'count', label: 'Postings', value: (p) => p.count, show: (p) => number(p.count), numeric: true },
      { key: 'share', label: 'Share', value: (p) => p.share, show: (p) => percent(p.share), numeric: true },
      { key: 'lift', label: 'Lift', value: (p) => p.lift, show: (p) => p.lift.toFixed(2), numeric: true },
    ],
    rows: answer.pairs,
    csv: { filename: 'pairs.csv', api: ['/api/v1/demand/cooccurrence', query] },
  });
}

async function start() {
  try {
    const tax = await taxonomy();
    categoryOptions(byId('f-category'), tax);
    skillOptions(byId('f-trend'), tax);
    skillOptions(byId('f-with'), tax);
  } catch (error) {
    showError(message, error);
    return;
  }
  bind(byId('demand-filters'), show);
}

start();
