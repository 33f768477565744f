/** The benchmark's results as tables: printed aligned on stdout and written as Markdown. */

export interface Table {
  headers: string[];
  rows: string[][];
}

export interface Section {
  title: string;
  /** One line saying what was measured and how. */
  method: string;
  tables: Table[];
  notes: string[];
  /** Headline figures for the README block (one short line each). */
  headlines: string[];
}

export function pendingSection(title: string, reason: string): Section {
  return { title, method: reason, tables: [], notes: [], headlines: [`${title}: pending (${reason})`] };
}

function pad(text: string, width: number, right: boolean): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

const isFigure = (cell: string): boolean => /^[≈~<>]?\s?[-\d.,]+/.test(cell);

export function textTable(table: Table): string {
  const widths = table.headers.map((h, i) => Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, widths[i], i > 0 && isFigure(c))).join('  ');
  return [line(table.headers), widths.map((w) => '-'.repeat(w)).join('  '), ...table.rows.map(line)].join('\n');
}

export function markdownTable(table: Table): string {
  const escape = (c: string): string => c.replace(/\|/g, '\\|');
  const align = table.headers.map((_, i) => (i > 0 && table.rows.every((r) => isFigure(r[i] ?? '')) ? '---:' : '---'));
  return [
    `| ${table.headers.map(escape).join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...table.rows.map((r) => `| ${r.map(escape).join(' | ')} |`),
  ].join('\n');
}

export function sectionText(section: Section): string {
  const parts = [
    `== ${section.title} ==`,
    section.method,
    ...section.tables.map(textTable),
    ...section.notes.map((n) => `* ${n}`),
  ];
  return parts.join('\n\n');
}

export function sectionMarkdown(section: Section): string {
  const parts = [
    `### ${section.title}`,
    section.method,
    ...section.tables.map(markdownTable),
    ...section.notes.map((n) => `- ${n}`),
  ];
  return parts.join('\n\n');
}
