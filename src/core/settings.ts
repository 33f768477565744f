/**
 * The `Concordat settings` sheet: a workbook carries its own profile as key/value rows, so Excel
 * and the command line give the same answer for the same file. Keys are matched loosely; a key or
 * value Concordat cannot use is an error naming the cell.
 */
import { LOGICAL_COLUMNS, type LogicalColumn } from './tables/columns';
import type { SheetSnapshot } from './snapshot';
import { a1 } from './snapshot';
import type { ProfileInput } from './profile';
import { ConcordatError } from './errors';
import { asOfFromText, asOfMessage } from './as-of';
import { parseDate } from './parse/dates';
import { cellText, replaceAsides } from './parse/text';

type Apply = (profile: ProfileInput, value: string, where: string) => void;

function fractionOf(value: string, where: string): number {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(?:(%)\s*)?$/.exec(value);
  if (!m)
    throw new ConcordatError(
      'settings.invalid',
      `${where}: expected a percentage such as 3% or a fraction such as 0.03, found "${value}"`,
    );
  const n = Number(m[1]);
  return m[2] || n > 1 ? n / 100 : n;
}

function numberOf(value: string, where: string): number {
  const n = Number(value.replace(/[£,\s]/g, ''));
  if (!Number.isFinite(n))
    throw new ConcordatError('settings.invalid', `${where}: expected a number, found "${value}"`);
  return n;
}

function listOf(value: string): string[] {
  return value
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function basisOf(value: string, where: string): 'equal' | 'activity' | 'case-by-case' | 'none' {
  const v = value.trim().toLowerCase().replace(/\s+/g, '-');
  if (v === 'equal' || v === 'equally') return 'equal';
  if (v === 'activity' || v === 'activity-based') return 'activity';
  if (v === 'case-by-case' || v === 'equitable' || v === 'equitably') return 'case-by-case';
  if (v === 'none') return 'none';
  throw new ConcordatError(
    'settings.invalid',
    `${where}: expected equal, activity, case-by-case or none, found "${value}"`,
  );
}

const tolerance =
  (key: 'shareSum' | 'driverShare' | 'savingsShortfall' | 'costBalance'): Apply =>
  (p, v, w) => {
    p.tolerances = { ...(p.tolerances ?? {}), [key]: fractionOf(v, w) };
  };
const pounds =
  (key: 'amountPounds' | 'totalsPounds'): Apply =>
  (p, v, w) => {
    p.tolerances = { ...(p.tolerances ?? {}), [key]: numberOf(v, w) };
  };
const statusList =
  (key: 'complete' | 'inProgress' | 'notStarted' | 'closed'): Apply =>
  (p, v) => {
    p.statuses = { ...(p.statuses ?? {}), [key]: listOf(v) };
  };

const SETTINGS: Record<string, Apply> = {
  'profile name': (p, v) => (p.name = v),
  'as of': (p, v, w) => {
    const iso = asOfFromText(v);
    if (iso === null) throw new ConcordatError('settings.invalid', `${w}: ${asOfMessage(v)}`);
    p.asOf = iso;
  },
  // "Bromsgrove (BDC, Bromsgrove District Council); Redditch (RBC)"
  partners: (p, v) => {
    p.partners = v
      .split(/;|\n/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((entry) => {
        // Words, then the aliases in brackets: a lazy [^()]+? here rescanned each run of spaces.
        const m = /^([^()\s]+(?:\s+[^()\s]+)*)\s*(?:\(([^)]*)\))?$/.exec(entry);
        return { name: (m?.[1] ?? entry).trim(), aliases: m?.[2] ? listOf(m[2]) : [] };
      });
  },
  'cost basis': (p, v, w) => (p.basis = { ...(p.basis ?? {}), costs: basisOf(v, w) }),
  'basis for costs': (p, v, w) => (p.basis = { ...(p.basis ?? {}), costs: basisOf(v, w) }),
  'savings basis': (p, v, w) => (p.basis = { ...(p.basis ?? {}), savings: basisOf(v, w) }),
  'basis for savings': (p, v, w) => (p.basis = { ...(p.basis ?? {}), savings: basisOf(v, w) }),
  'due soon days': (p, v, w) => (p.dueSoonDays = numberOf(v, w)),
  'share tolerance': tolerance('shareSum'),
  'driver tolerance': tolerance('driverShare'),
  'savings shortfall tolerance': tolerance('savingsShortfall'),
  'cost balance tolerance': tolerance('costBalance'),
  'amount tolerance': pounds('amountPounds'),
  'totals tolerance': pounds('totalsPounds'),
  'complete statuses': statusList('complete'),
  'in progress statuses': statusList('inProgress'),
  'not started statuses': statusList('notStarted'),
  'closed statuses': statusList('closed'),
};

/** "As-of date:" → "as of date"; units in brackets dropped: "Amount tolerance (£)" → "amount tolerance". */
function settingKey(text: string): string {
  return replaceAsides(text, ' ')
    .toLowerCase()
    .replace(/[-_:]/g, ' ')
    .replace(/\bdate\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function ruleSetting(p: ProfileInput, id: string, v: string, where: string): void {
  const value = v.trim().toLowerCase();
  const current = p.rules?.[id] ?? {};
  let next: { enabled?: boolean; severity?: 'error' | 'warning' | 'info' };
  if (value === 'off' || value === 'no' || value === 'false') next = { ...current, enabled: false };
  else if (value === 'on' || value === 'yes' || value === 'true') next = { ...current, enabled: true };
  else if (value === 'error' || value === 'warning' || value === 'info')
    next = { ...current, enabled: true, severity: value };
  // "note" is what the pane and the reports call an info finding.
  else if (value === 'note') next = { ...current, enabled: true, severity: 'info' };
  else
    throw new ConcordatError(
      'settings.invalid',
      `${where}: expected on, off, error, warning or note for rule ${id}, found "${v}"`,
    );
  // Set in place: copying the rules for each row made a sheet of 40,000 rule rows take minutes.
  (p.rules ??= {})[id] = next;
}

/** "Deadline", "revised deadline", "Revised-Deadline", "completed date" → the logical column, or null. */
function logicalColumnNamed(text: string): LogicalColumn | null {
  const squash = (t: string) => t.toLowerCase().replace(/[^a-z]/g, '');
  const wanted = squash(text);
  return LOGICAL_COLUMNS.find((c) => squash(c) === wanted) ?? null;
}

/** Reads the settings sheet into profile input (validated later with the rest of the profile). */
export function readSettingsSheet(sheet: SheetSnapshot, date1904: boolean): ProfileInput {
  const profile: ProfileInput = {};
  sheet.values.forEach((cells, i) => {
    const row = sheet.originRow + i;
    const keyText = cellText(cells[0] ?? null).trim();
    const value = cellText(cells[1] ?? null).trim();
    if (!keyText || /^(setting|settings|key|concordat settings)$/i.test(keyText) || keyText.startsWith('#')) return;
    const where = `${sheet.name}!${a1(row, sheet.originCol + 1)}`;
    if (!value) return;
    const key = settingKey(keyText);
    const rule = /^rule\s+([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)$/.exec(keyText.trim().toLowerCase());
    if (rule) return ruleSetting(profile, rule[1], value, where);
    const header = /^header\s+(.+)$/i.exec(keyText.trim());
    if (header) {
      const column = logicalColumnNamed(header[1]);
      if (!column) {
        throw new ConcordatError(
          'settings.invalid',
          `${sheet.name}!${a1(row, sheet.originCol)}: "${keyText}" names no column Concordat reads; expected Header followed by one of ${LOGICAL_COLUMNS.join(', ')}`,
        );
      }
      const headers = (profile.headers ??= {});
      for (const wording of listOf(value)) (headers[column] ??= []).push(wording);
      return;
    }
    // A date cell arrives as a serial number; the "as of" setting reads it as a date.
    if (key === 'as of' && typeof cells[1] === 'number') {
      const d = parseDate(cells[1], { date1904, numberFormat: 'dd/mm/yyyy' });
      if (d.kind === 'date') {
        profile.asOf = d.iso;
        return;
      }
    }
    // Own keys only: "constructor" typed as a setting must be reported, not found on Object.prototype.
    const apply = Object.prototype.hasOwnProperty.call(SETTINGS, key) ? SETTINGS[key] : undefined;
    if (!apply) {
      throw new ConcordatError(
        'settings.invalid',
        `${sheet.name}!${a1(row, sheet.originCol)}: unknown setting "${keyText}"; expected one of ${Object.keys(SETTINGS).join(', ')}, "Rule <id>" or "Header <column>"`,
      );
    }
    apply(profile, value, where);
  });
  return profile;
}
