/**
 * Charts for the HTML report, drawn to static SVG when the report is built (echarts server-side
 * rendering), so the report needs no script and makes no request when it is opened.
 */
import type * as Echarts from 'echarts';
import type { Finding, Severity } from '../../core/findings';
import { SEVERITIES } from '../../core/findings';
import type { SavingsSummary } from '../../core/table-summary';
import { tally, tallyTotal } from './run-report';
import { SEVERITY_LABEL } from './wording';

const CHART_FONT = "'Segoe UI', 'Helvetica Neue', Arial, sans-serif";
const SEVERITY_COLOUR: Record<Severity, string> = { error: '#B42318', warning: '#C4820E', info: '#2E6DB4' };
const INK = '#1F2A44';
/** About the width a chart is shown at in the report, so its text is not scaled down. */
const CHART_WIDTH = 500;
const GRID_LINE = '#E3E7EE';
const SERIES_COLOURS = ['#1F4E79', '#7FA7D1', '#9C5700', '#6B8E23', '#7B4F9D'];

export interface Chart {
  title: string;
  /** A sentence for screen readers and for anyone reading the report printed in black and white. */
  description: string;
  svg: string;
}

/** echarts is a large module that only the HTML report needs, so it is loaded when a chart is drawn. */
let echartsModule: typeof Echarts | undefined;
function echarts(): typeof Echarts {
  echartsModule ??= require('echarts') as typeof Echarts;
  return echartsModule;
}

function renderSvg(option: Echarts.EChartsOption, width: number, height: number): string {
  const chart = echarts().init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT, color: INK, fontSize: 13 }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Room left of the bars for the labels, and the most a label may take of it (the rest is slack for the browser's font). */
const LABEL_ROOM = 220;
const LABEL_WIDTH = 180;

const valueAxis = { type: 'value' as const, minInterval: 1, splitLine: { lineStyle: { color: GRID_LINE } } };

/** Horizontal bars stacked by severity, largest first: "which rules (or sheets) carry the findings". */
function severityBars(
  title: string,
  label: string,
  findings: readonly Finding[],
  key: (f: Finding) => string,
): Chart | null {
  const rows = [...tally(findings, key)].sort((a, b) => tallyTotal(b[1]) - tallyTotal(a[1]));
  if (rows.length === 0) return null;
  const categories = rows.map(([k]) => k).reverse();
  const height = 90 + 30 * rows.length;
  const svg = renderSvg(
    {
      legend: { top: 0, left: 0, data: SEVERITIES.map((s) => SEVERITY_LABEL[s]) },
      // The labels' room is fixed rather than measured: the server-side measure of a title comes out
      // narrower than the browser draws it, so a measured margin cut long titles off at the left.
      grid: { left: LABEL_ROOM, right: 24, top: 36, bottom: 28 },
      xAxis: valueAxis,
      yAxis: { type: 'category', data: categories, axisLabel: { width: LABEL_WIDTH, overflow: 'truncate' } },
      series: SEVERITIES.map((s) => ({
        name: SEVERITY_LABEL[s],
        type: 'bar' as const,
        stack: 'findings',
        barMaxWidth: 18,
        itemStyle: { color: SEVERITY_COLOUR[s] },
        data: rows.map(([, counts]) => counts[s]).reverse(),
      })),
    },
    CHART_WIDTH,
    height,
  );
  const top = rows[0];
  return { title, svg, description: `${rows.length} ${label}; most findings: ${top[0]} (${tallyTotal(top[1])}).` };
}

export function findingsByRuleChart(findings: readonly Finding[]): Chart | null {
  return severityBars('Findings by rule', 'rules', findings, (f) => f.title);
}

export function findingsBySheetChart(findings: readonly Finding[]): Chart | null {
  return severityBars('Findings by sheet', 'sheets', findings, (f) => f.sheet);
}

function percent(shares: number[] | null): (number | null)[] | null {
  return shares ? shares.map((s) => Math.round(s * 1000) / 10) : null;
}

/** Each partner's share of costs and of savings beside the agreed basis for costs. */
export function partnerSharesChart(sheet: string, s: SavingsSummary): Chart | null {
  const series = [
    { name: 'Share of costs', data: percent(s.costShares) },
    { name: 'Share of savings', data: percent(s.savingShares) },
    { name: 'Agreed cost basis', data: percent(s.agreedCostShares) },
  ].filter((x): x is { name: string; data: (number | null)[] } => x.data !== null);
  if (s.partners.length === 0 || series.length === 0) return null;
  const svg = renderSvg(
    {
      color: SERIES_COLOURS,
      legend: { top: 0, left: 0 },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: s.partners },
      yAxis: { ...valueAxis, max: 100, axisLabel: { formatter: '{value}%' } },
      series: series.map((x) => ({
        name: x.name,
        type: 'bar' as const,
        barMaxWidth: 28,
        label: { show: true, position: 'top' as const, formatter: '{c}%', fontSize: 12 },
        data: x.data,
      })),
    },
    CHART_WIDTH,
    300,
  );
  const words = s.partners.map((p, i) => {
    const cost = s.costShares ? `${Math.round(s.costShares[i] * 100)}% of costs` : null;
    const saving = s.savingShares ? `${Math.round(s.savingShares[i] * 100)}% of savings` : null;
    return `${p}: ${[cost, saving].filter(Boolean).join(', ')}`;
  });
  return { title: `${sheet}: partners' shares`, svg, description: `${words.join('; ')}.` };
}

/** Savings target against achieved or forecast, year by year. */
export function targetByYearChart(sheet: string, s: SavingsSummary): Chart | null {
  if (s.byYear.length === 0) return null;
  const svg = renderSvg(
    {
      color: ['#1F4E79', '#6B8E23'],
      legend: { top: 0, left: 0 },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: s.byYear.map((y) => y.year) },
      yAxis: {
        ...valueAxis,
        axisLabel: { formatter: (v: number) => `£${v >= 1000 ? `${Math.round(v / 1000)}k` : v}` },
      },
      series: [
        { name: 'Target', type: 'bar' as const, barMaxWidth: 28, data: s.byYear.map((y) => y.target) },
        {
          name: 'Achieved or forecast',
          type: 'bar' as const,
          barMaxWidth: 28,
          data: s.byYear.map((y) => y.achieved ?? '-'),
        },
      ],
    },
    CHART_WIDTH,
    300,
  );
  const pounds = (n: number) => `£${Math.round(n).toLocaleString('en-GB')}`;
  const words = s.byYear.map(
    (y) =>
      `${y.year}: target ${pounds(y.target)}, achieved ${y.achieved === null ? 'not recorded' : pounds(y.achieved)}`,
  );
  return { title: `${sheet}: savings target and achieved by year`, svg, description: `${words.join('; ')}.` };
}
