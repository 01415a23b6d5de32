// Charts with Apache ECharts (served from its Maven Central jar, org.mvnpm:echarts), drawn as
// SVG so that their text is in the DOM. A chart container has data-chart="…" and gets
// data-ready="true" once drawn (tests and other tools wait on it); false while it redraws.

import * as echarts from '/_static/echarts/6.0.0/dist/echarts.esm.min.js';

/** The level colours of the marks (console.css), so a chart reads like the text. */
export const LEVEL_COLOURS = { required: '#b3261e', preferred: '#0b57d0', other: '#6b7280' };

const charts = new Map();

function instance(container) {
  let chart = charts.get(container);
  if (!chart) {
    chart = echarts.init(container, null, { renderer: 'svg' });
    chart.on('finished', () => {
      container.dataset.ready = 'true';
    });
    new ResizeObserver(() => chart.resize()).observe(container);
    charts.set(container, chart);
  }
  return chart;
}

/**
 * The plot area, inset so that axis labels fit inside it (ECharts 6 measures them); sides not
 * given get a margin of 24 px.
 */
export function grid(sides) {
  return { left: 24, right: 24, top: 24, bottom: 24, ...sides, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' };
}

/**
 * The page's font, named: ECharts measures label widths with it, so they must be measured in the
 * font the SVG text is drawn in (with "inherit" long labels were cut off).
 */
function font() {
  return getComputedStyle(document.body).fontFamily;
}

/** Draws option into container (replacing what was there), without animation. */
export function draw(container, option, height) {
  container.dataset.ready = 'false';
  if (height) container.style.height = height + 'px';
  const chart = instance(container);
  chart.resize();
  chart.setOption(
    { animation: false, aria: { enabled: true }, textStyle: { fontFamily: font() }, ...option },
    { notMerge: true },
  );
}

/** An empty chart with a note, still marked ready: there was nothing to draw. */
export function drawNothing(container, note) {
  draw(
    container,
    { title: { text: note, left: 'center', top: 'middle', textStyle: { fontSize: 14, fontWeight: 'normal', color: '#555' } } },
    120,
  );
}
