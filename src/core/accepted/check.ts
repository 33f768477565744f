/** The accepted sheet's part in a check: its usable rows, and a finding for each row that is not. */
import type { SubjectKind } from '../facts/subject';
import type { Finding } from '../findings';
import type { Deadline } from '../limits';
import type { LoadedPack } from '../rules/load';
import type { RuleRunner } from '../rules/run';
import { runSubjects } from '../rules/run';
import type { WorkbookSnapshot } from '../snapshot';
import type { Table } from '../tables/types';
import type { Acceptance } from './read';
import { readAcceptances } from './read';
import { findAcceptedSheet } from './sheet';
import { problemSubjects } from './subjects';

export async function checkAcceptedSheet(
  snapshot: WorkbookSnapshot,
  tables: readonly Table[],
  packs: readonly LoadedPack[],
  runners: Map<SubjectKind, RuleRunner[]>,
  deadline: Deadline,
): Promise<{ acceptances: Acceptance[]; findings: Finding[] }> {
  const sheet = findAcceptedSheet(snapshot);
  if (!sheet) return { acceptances: [], findings: [] };
  const { acceptances, problems } = readAcceptances(sheet, snapshot.date1904, {
    ruleIds: new Set(packs.flatMap((p) => p.pack.rules.map((r) => r.name))),
    sheetNames: snapshot.sheets.map((s) => s.name),
    tables: tables.map((t) => ({
      sheet: t.sheet.name,
      firstRow: t.headerRow,
      lastRow: t.rows.length > 0 ? t.rows[t.rows.length - 1].row : t.headerRow,
      firstColumn: t.firstColumn,
      lastColumn: t.lastColumn,
    })),
  });
  const findings = await runSubjects(problemSubjects(sheet.name, problems), runners, sheet, undefined, deadline);
  return { acceptances, findings };
}
