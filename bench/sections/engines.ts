/**
 * Rule evaluation, compiled vs json-rules-engine, on the shipped packs and the same subjects;
 * then the whole check (checkWorkbook) with each engine, with the compiled check split by stage.
 */
import type { RulePackSource } from '../../src/core/prepare';
import { prepareCheck } from '../../src/core/prepare';
import { referenceEngine } from '../../src/core/rules/reference-engine';
import { checkWorkbook } from '../../src/core/check';
import type { Subject } from '../../src/core/facts/subject';
import type { BuiltSubjects } from '../core-stages';
import { buildSubjects, compiledFiring, referenceFiring, rulesBySubject } from '../core-stages';
import type { WorkbookKind } from '../../testkit/workbooks/generate';
import { GENERATED_AS_OF, generateSnapshot } from '../../testkit/workbooks/generate';
import type { Section, Table } from '../report';
import { median, perSecond, ratio, seconds, timeAsync, timeSync, whole } from '../timing';

export interface EngineOptions {
  sizes: number[];
  packs: RulePackSource[];
  /** json-rules-engine runs on at most this many subjects (spread evenly); its rate is taken from them. */
  referenceSample: number;
  /** Whole checks with the reference engine run up to this size; larger ones are estimated. */
  referenceCheckLimit: number;
  log: (line: string) => void;
}

const KINDS: readonly { kind: WorkbookKind; label: string }[] = [
  { kind: 'action-plan', label: 'Action plan' },
  { kind: 'savings', label: 'Savings tracker' },
];
const NOW = new Date('2010-06-14T09:00:00Z');

/** Every k-th subject, so the sample has items, totals rows and unreadable cells in their proportions. */
function spread(subjects: Subject[], count: number): Subject[] {
  if (subjects.length <= count) return subjects;
  const step = subjects.length / count;
  return Array.from({ length: count }, (_, i) => subjects[Math.floor(i * step)]);
}

const sameFired = (a: string[], b: string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

interface Measured {
  label: string;
  rows: number;
  subjects: number;
  compiledRate: number;
  referenceRate: number;
  referenceSampled: number;
  agree: boolean;
  compiledCheckMs: number;
  referenceCheckMs: number;
  referenceEstimated: boolean;
  detectMs: number;
  factsMs: number;
  validateMs: number;
  evalMs: number;
  findings: number;
  fired: number;
}

async function measure(kind: WorkbookKind, label: string, rows: number, options: EngineOptions): Promise<Measured> {
  const snapshot = generateSnapshot({ kind, rows });
  // The first pass warms detection and the parsers up; the passes after it are timed.
  await buildSubjects(snapshot, options.packs, GENERATED_AS_OF);
  const prepares: BuiltSubjects[] = [];
  for (let i = 0; i < (rows >= 100_000 ? 1 : 3); i++)
    prepares.push(await buildSubjects(snapshot, options.packs, GENERATED_AS_OF));
  const prepared = prepares[0];
  const detectMs = median(prepares.map((p) => p.detectMs));
  const factsMs = median(prepares.map((p) => p.factsMs));
  const validateMs = median(prepares.map((p) => p.validateMs));
  const rules = rulesBySubject(prepared.packs, prepared.profile);
  const compiled = compiledFiring(rules);
  const reference = referenceFiring(rules);
  const { subjects } = prepared;

  // Warm both evaluators up before timing them.
  for (let i = 0; i < 3; i++) for (const s of subjects.slice(0, 2000)) compiled(s);
  for (const s of subjects.slice(0, 200)) await reference(s);

  // Enough passes for at least a third of a second in all, so small tables are not timed on a few milliseconds.
  const compiledRuns: { ms: number; value: number }[] = [];
  for (let spent = 0; compiledRuns.length < 3 || spent < 330;) {
    const run = timeSync(() => subjects.reduce((n, s) => n + compiled(s).length, 0));
    compiledRuns.push(run);
    spent += run.ms;
  }
  const evalMs = median(compiledRuns.map((r) => r.ms));
  // Throughput from the fastest pass: a pass is tens of milliseconds, so one collection or a busy
  // neighbour on a shared machine moves it by half. json-rules-engine's one long pass evens that out.
  const bestEvalMs = Math.min(...compiledRuns.map((r) => r.ms));
  const sample = spread(subjects, options.referenceSample);
  const referenceRun = await timeAsync(async () => {
    const fired: string[][] = [];
    for (const s of sample) fired.push(await reference(s));
    return fired;
  });
  const agree = sample.every((s, i) => sameFired(compiled(s), referenceRun.value[i]));

  const checkPasses = rows >= 100_000 ? 1 : 3;
  const checks: number[] = [];
  let findings = 0;
  // Prepared once, as a host prepares once for its run: the passes time the check of the workbook.
  const compiledCheck = prepareCheck(options.packs);
  for (let i = 0; i < checkPasses; i++) {
    const run = await timeAsync(() => checkWorkbook(snapshot, compiledCheck, { now: NOW }));
    checks.push(run.ms);
    findings = run.value.findings.length;
  }
  const compiledCheckMs = median(checks);
  const referenceRate = perSecond(sample.length, referenceRun.ms);
  let referenceCheckMs: number;
  const referenceEstimated = rows > options.referenceCheckLimit;
  if (referenceEstimated) {
    referenceCheckMs = compiledCheckMs - evalMs + (subjects.length * 1000) / referenceRate;
  } else {
    const referenceCheck = prepareCheck(options.packs, undefined, { engine: referenceEngine });
    referenceCheckMs = (await timeAsync(() => checkWorkbook(snapshot, referenceCheck, { now: NOW }))).ms;
  }
  const result: Measured = {
    label,
    rows: prepared.itemRows,
    subjects: subjects.length,
    compiledRate: perSecond(subjects.length, bestEvalMs),
    referenceRate,
    referenceSampled: sample.length,
    agree,
    compiledCheckMs,
    referenceCheckMs,
    referenceEstimated,
    detectMs,
    factsMs,
    validateMs,
    evalMs,
    findings,
    fired: compiledRuns[0].value,
  };
  options.log(
    `  ${label} ${whole(rows)} rows: compiled ${whole(result.compiledRate)}/s, json-rules-engine ${whole(referenceRate)}/s, check ${seconds(compiledCheckMs)}`,
  );
  return result;
}

function evaluationTable(results: Measured[]): Table {
  return {
    headers: [
      'Table',
      'Rows',
      'Subjects',
      'Compiled (subjects/s)',
      'json-rules-engine (subjects/s)',
      'Compiled ÷ reference',
    ],
    rows: results.map((r) => [
      r.label,
      whole(r.rows),
      whole(r.subjects),
      whole(r.compiledRate),
      `${whole(r.referenceRate)}${r.referenceSampled < r.subjects ? ` (${whole(r.referenceSampled)} sampled)` : ''}`,
      ratio(r.compiledRate, r.referenceRate),
    ]),
  };
}

function checkTable(results: Measured[]): Table {
  return {
    headers: [
      'Table',
      'Rows',
      'Check, compiled',
      'Rows/s',
      'Check, reference',
      'Speed-up',
      'Detect',
      'Facts',
      'Validate',
      'Rules',
      'Findings + plan',
    ],
    rows: results.map((r) => [
      r.label,
      whole(r.rows),
      seconds(r.compiledCheckMs),
      whole(perSecond(r.rows, r.compiledCheckMs)),
      `${r.referenceEstimated ? '≈ ' : ''}${seconds(r.referenceCheckMs)}${r.referenceEstimated ? ' (est.)' : ''}`,
      ratio(r.referenceCheckMs, r.compiledCheckMs),
      seconds(r.detectMs),
      seconds(r.factsMs),
      seconds(r.validateMs),
      seconds(r.evalMs),
      seconds(Math.max(0, r.compiledCheckMs - r.detectMs - r.factsMs - r.validateMs - r.evalMs)),
    ]),
  };
}

export async function engineSection(options: EngineOptions): Promise<Section> {
  const results: Measured[] = [];
  for (const { kind, label } of KINDS) {
    for (const rows of options.sizes) results.push(await measure(kind, label, rows, options));
  }
  const notes: string[] = [];
  const disagreements = results.filter((r) => !r.agree);
  notes.push(
    disagreements.length === 0
      ? 'Both evaluators fired the same rules on every subject they both ran.'
      : `THE EVALUATORS DISAGREED on: ${disagreements.map((r) => `${r.label} ${whole(r.rows)}`).join(', ')}.`,
  );
  const drift = results.filter((r) => r.fired !== r.findings);
  if (drift.length > 0)
    notes.push(
      `Stage replica drift: fired rules ≠ checkWorkbook findings for ${drift.map((r) => r.label).join(', ')} (bench/core-stages.ts needs updating).`,
    );
  notes.push(
    'The compiled rate is from the fastest of at least three passes over every subject (a pass is tens of milliseconds, so a collection or a busy neighbour can halve one); json-rules-engine runs one long pass.',
    `json-rules-engine is run on at most ${whole(options.referenceSample)} subjects per table, spread evenly, and its rate taken from them; whole checks with it above ${whole(options.referenceCheckLimit)} rows are estimated as (compiled check − compiled rules + subjects ÷ reference rate).`,
  );
  notes.push(
    'Stages are medians of several passes after a warm-up pass (one pass at 100,000 rows); "Findings + plan" is the rest of the compiled check (messages, sorting, flag plan, loading packs and profile), so it carries the noise of the others.',
  );
  const speedups = results.map((r) => r.compiledRate / r.referenceRate);
  const largest = options.sizes[options.sizes.length - 1];
  const headlines = [
    `Rule evaluation: compiled ${ratio(Math.min(...speedups), 1)}–${ratio(Math.max(...speedups), 1)} the throughput of per-row json-rules-engine (target ≥ 50×).`,
    ...results
      .filter((r) => r.rows >= largest)
      .map(
        (r) =>
          `Whole check, ${r.label.toLowerCase()} of ${whole(r.rows)} rows: ${seconds(r.compiledCheckMs)} (${whole(perSecond(r.rows, r.compiledCheckMs))} rows/s).`,
      ),
  ];
  return {
    title: 'Rule evaluation and whole check',
    method:
      'Generated workbooks (testkit/workbooks/generate.ts), shipped rule packs, one table per run. Subjects and their facts are built once; rule evaluation is then timed alone for each evaluator. "Subjects" are item rows plus totals cells and unreadable cells.',
    tables: [evaluationTable(results), checkTable(results)],
    notes,
    headlines,
  };
}
