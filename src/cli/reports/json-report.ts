/** The JSON report: a stable schema (see README.md in this folder) for scripts and CI gates. */
import type { ErrorReport } from '../../core/errors';
import type { FactValue } from '../../core/facts/subject';
import type { FindingAcceptance, FindingCounts } from '../../core/findings';
import { isAccepted } from '../../core/findings';
import { acceptanceNote } from '../../core/accepted/wording';
import type { TableReading } from '../../core/reading';
import type { TableSummary } from '../../core/table-summary';
import type { RunReport } from './run-report';
import type { OpenFinding, SinceCounts } from '../../core/since';
import { allFindings, emptyCounts, newCounts, runFails, tally, tallyTotal, totalCounts } from './run-report';
import { findingsByPartner, portfolioCosts, totalChanges, type PortfolioCosts } from './portfolio';

/** Bumped only when a field changes meaning or is removed; adding fields does not bump it. */
const JSON_SCHEMA_VERSION = 4;

export interface JsonFinding {
  ruleId: string;
  /** The rule's title in plain words, from its pack. */
  title: string;
  severity: string;
  sheet: string;
  address: string;
  row: number;
  column: number;
  header: string;
  value: string;
  message: string;
  hint: string;
  /** The facts the message was made from, as values: the rule's `facts` in rules/README.md. */
  facts: Record<string, FactValue>;
  pack: string;
  /** The finding's identity from one check to the next (src/core/fingerprint.ts). */
  fingerprint: string | null;
  /** As-of date of the check that first found it. */
  firstSeen: string | null;
  /** Not found by the last check; null on a workbook's first check. */
  new: boolean | null;
  /** The row of the `Concordat accepted` sheet naming this finding; null when none does. */
  acceptance: JsonAcceptance | null;
}

/** An acceptance as a finding carries it (src/core/findings.ts); only `accepted` takes it out of the counts. */
interface JsonAcceptance extends FindingAcceptance {
  /** "Accepted: … (by …, until …)", "acceptance expired on …" or "value changed since accepted (…)". */
  note: string;
}

/** What changed since the workbook's last check. */
interface JsonSince {
  /** The last check's run time and as-of date; null on the first check. */
  lastCheck: { ranAt: string; asOf: string } | null;
  /** Null on the first check. */
  counts: SinceCounts | null;
  resolved: OpenFinding[];
  /** Why the record's last check could not be used (the check was compared with none); null when it could. */
  setAside: string | null;
}

interface JsonFile {
  file: string;
  output: string | null;
  error: ErrorReport | null;
  warnings: string[];
  asOf: string | null;
  packs: string[];
  rulesHash: string | null;
  counts: FindingCounts;
  skippedSheets: string[];
  findings: JsonFinding[];
  tables: TableSummary[];
  /** How each table was read, including tables left alone (src/core/reading.ts). */
  readings: TableReading[];
  /** Null when the file was not checked. */
  since: JsonSince | null;
}

export interface JsonReport {
  tool: 'concordat';
  schema: number;
  version: string;
  asOf: string | null;
  ranAt: string;
  /** Why the run stopped before reading any workbook; null when it did not. */
  error: ErrorReport | null;
  files: JsonFile[];
  summary: {
    files: number;
    filesChecked: number;
    filesFailed: number;
    counts: FindingCounts;
    byRule: Record<string, number>;
    /** Findings new since their workbooks' last checks, by severity. */
    new: FindingCounts;
    /** The workbooks as one portfolio (reports/portfolio.ts). */
    portfolio: {
      /** Changes added up over the workbooks checked before; how many were, and how many were checked first now. */
      changes: { counts: SinceCounts; compared: number; first: number };
      /** Findings in each partner's columns, and in none ("in no partner's column"). */
      byPartner: Record<string, number>;
      /** Each partner's share of the costs of every cost-sharing schedule, against the agreed basis; null when none has costs. */
      costs: PortfolioCosts | null;
    };
    failOn: string;
    failed: boolean;
  };
}

export function buildJsonReport(run: RunReport): JsonReport {
  const files: JsonFile[] = run.files.map((f) => ({
    file: f.file,
    output: f.output,
    error: f.error,
    warnings: f.warnings,
    asOf: f.result?.asOf ?? null,
    packs: f.result?.plan.log.packs ?? [],
    rulesHash: f.result?.plan.log.rulesHash ?? null,
    counts: f.result?.counts ?? emptyCounts(),
    skippedSheets: f.result?.skippedSheets ?? [],
    findings: (f.result?.findings ?? []).map((x) => ({
      ruleId: x.ruleId,
      title: x.title,
      severity: x.severity,
      sheet: x.sheet,
      address: x.address,
      row: x.row,
      column: x.column,
      header: x.header,
      value: x.value,
      message: x.message,
      hint: x.hint,
      facts: x.facts ?? {},
      pack: x.pack,
      fingerprint: x.fingerprint ?? null,
      firstSeen: x.firstSeen ?? null,
      new: x.isNew ?? null,
      acceptance: x.acceptance ? { ...x.acceptance, note: acceptanceNote(x) } : null,
    })),
    tables: f.result?.tables ?? [],
    readings: f.result?.readings ?? [],
    since: f.result
      ? {
          lastCheck: f.result.since.last,
          counts: f.result.since.last ? f.result.since.counts : null,
          resolved: f.result.since.resolved,
          setAside: f.result.since.setAside ?? null,
        }
      : null,
  }));
  const counts = totalCounts(run);
  const byRule: Record<string, number> = {};
  // Accepted findings are counted apart (counts.accepted), not by rule.
  const rules = tally(
    allFindings(run)
      .map((x) => x.finding)
      .filter((x) => !isAccepted(x)),
    (x) => x.ruleId,
  );
  for (const id of [...rules.keys()].sort())
    byRule[id] = tallyTotal(rules.get(id) ?? { error: 0, warning: 0, info: 0 });
  return {
    tool: 'concordat',
    schema: JSON_SCHEMA_VERSION,
    version: run.version,
    asOf: run.asOf,
    ranAt: run.ranAt,
    error: run.error,
    files,
    summary: {
      files: run.files.length,
      filesChecked: run.files.filter((f) => f.result !== null).length,
      filesFailed: run.files.filter((f) => f.error !== null).length,
      counts,
      byRule,
      new: newCounts(run),
      portfolio: {
        changes: totalChanges(run),
        byPartner: Object.fromEntries([...findingsByPartner(run)].map(([p, c]) => [p, tallyTotal(c)])),
        costs: portfolioCosts(run),
      },
      failOn: run.failOn,
      failed: runFails(run),
    },
  };
}

export function renderJson(run: RunReport): string {
  return `${JSON.stringify(buildJsonReport(run), null, 2)}\n`;
}
