/** Renders a run in the format the user chose. */
import { renderCsv } from './csv-report';
import { renderHtml } from './html-report';
import { renderJson } from './json-report';
import { renderMarkdown } from './markdown-report';
import type { RunReport } from './run-report';
import { renderText, type TextOptions } from './text-report';

export const REPORT_FORMATS = ['text', 'json', 'csv', 'md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function renderReport(format: ReportFormat, run: RunReport, text: TextOptions): string {
  switch (format) {
    case 'json':
      return renderJson(run);
    case 'csv':
      return renderCsv(run);
    case 'md':
      return renderMarkdown(run);
    case 'html':
      return renderHtml(run);
    case 'text':
      return renderText(run, text);
  }
}
