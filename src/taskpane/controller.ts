/**
 * The pane's behaviour: runs a check, keeps the last result, filters it, jumps to findings,
 * writes the report sheet and clears flags. Excel is reached only through `runExcel`, so the
 * same controller runs against Excel.run in Office and against a test host in the browser test.
 */
import { checkedAsOf } from '../core/as-of';
import { describeError } from '../core/errors';
import { SEVERITIES, Severity, countFindings } from '../core/findings';
import { applyAcceptances } from '../core/accepted/apply';
import { entryFor } from '../core/accepted/sheet';
import { acceptanceNote } from '../core/accepted/wording';
import { writeAcceptance } from '../excel/writeAcceptance';
import type { AcceptInput } from './accept-form';
import type { Finding } from '../core/findings';
import type { CheckResult } from '../core/result';
import { clearConcordat } from '../excel/clearConcordat';
import { loadAsOf, loadReadBytes, saveAsOf, saveReadBytes } from '../excel/preferences';
import { runCheck } from '../excel/runCheck';
import { selectCell } from '../excel/selectCell';
import { writeReportSheet } from '../excel/writeReportSheet';
import { clear, plural } from './dom';
import type { PaneLayout } from './layout';
import { problemParts } from './problem';
import { renderResults } from './render';

export type RunExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Long checks report progress often; the pane repaints at most this often (ms). */
const REPAINT_INTERVAL = 50;

export function startPane(layout: PaneLayout, runExcel: RunExcel): void {
  let result: CheckResult | undefined;
  /** How big the last check's read was: tells the next read of a big workbook to go size-first straight away. */
  let lastReadBytes: number | undefined;
  const shown = new Set<Severity>(SEVERITIES);
  let busy = false;
  let lastPaint = 0;

  layout.asOf.value = loadAsOf() ?? '';

  function setStatus(message: string): void {
    layout.status.textContent = message;
    layout.status.className = 'status status--info';
  }

  /** What went wrong, what to do about it and the error's code. */
  function showError(error: unknown): void {
    clear(layout.status);
    layout.status.append(...problemParts(describeError(error).report));
    layout.status.className = 'status status--error';
  }

  function setBusy(value: boolean): void {
    busy = value;
    for (const button of [layout.checkButton, layout.clearButton]) button.disabled = value;
    layout.reportButton.disabled = value || !result;
    layout.checkButton.textContent = value ? 'Checking…' : 'Check workbook';
    layout.progress.hidden = !value;
    layout.progressLabel.hidden = !value;
  }

  async function showProgress(fraction: number, stage: string): Promise<void> {
    const percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    layout.progress.setAttribute('aria-valuenow', String(percent));
    layout.progressBar.style.width = `${percent}%`;
    layout.progressLabel.textContent = stage;
    const now = Date.now();
    if (now - lastPaint > REPAINT_INTERVAL) {
      lastPaint = now;
      // Give the browser a moment to paint the bar before the core carries on.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  function drawResults(): void {
    clear(layout.results);
    if (!result) {
      layout.results.hidden = true;
      return;
    }
    layout.results.append(
      renderResults(result, shown, {
        onToggleSeverity: (severity) => {
          if (shown.has(severity)) shown.delete(severity);
          else shown.add(severity);
          drawResults();
          layout.results.querySelector<HTMLElement>(`[data-severity="${severity}"]`)?.focus();
        },
        onSelectFinding: (finding) => void goTo(finding),
        onAccept: accept,
      }),
    );
    layout.results.hidden = false;
  }

  async function guarded(action: () => Promise<void>): Promise<void> {
    if (busy) return;
    setBusy(true);
    try {
      await action();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }

  async function check(): Promise<void> {
    const asOf = layout.asOf.value || undefined;
    // The picker lets a year such as 0211 through; refused before the workbook is read.
    try {
      if (asOf) checkedAsOf(asOf);
    } catch (error) {
      showError(error);
      return;
    }
    setStatus('');
    await guarded(async () => {
      await saveAsOf(asOf);
      const run = await runExcel((context) =>
        runCheck(context, {
          asOf,
          writeReport: false,
          onProgress: showProgress,
          expectedBytes: lastReadBytes ?? loadReadBytes(),
        }),
      );
      result = run.result;
      lastReadBytes = run.readBytes;
      await saveReadBytes(run.readBytes);
      layout.profile.textContent = run.profileName;
      drawResults();
      const { error, warning, info } = run.result.counts;
      setStatus(
        run.result.counts.total === 0
          ? 'Check complete: no problems found.'
          : `Check complete: ${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(info, 'note')}. Flags are in the workbook.`,
      );
    });
  }

  async function goTo(finding: Finding): Promise<void> {
    try {
      await runExcel((context) => selectCell(context, finding.sheet, finding.address));
    } catch (error) {
      showError(error);
    }
  }

  /**
   * Writes the acceptance to the accepted sheet and shows the finding as accepted at once; its flag
   * and the counts in the workbook follow at the next check. Rejects (keeping the form open) when
   * the row could not be written.
   */
  async function accept(finding: Finding, input: AcceptInput): Promise<void> {
    const checked = result;
    if (busy || !checked) throw new Error('busy');
    let failed: unknown;
    await guarded(async () => {
      try {
        const entry = entryFor(finding, { ...input, on: new Date().toISOString().slice(0, 10) });
        const row = await runExcel((context) => writeAcceptance(context, entry));
        applyAcceptances([finding], [{ ...entry, row }], checked.asOf);
        checked.counts = countFindings(checked.findings);
        drawResults();
        setStatus(`${finding.ruleId} at ${finding.sheet}!${finding.address}: ${acceptanceNote(finding)}.`);
      } catch (error) {
        failed = error;
        throw error;
      }
    });
    if (failed) throw failed;
  }

  async function writeReport(): Promise<void> {
    const rows = result?.plan.report;
    if (!rows) return;
    await guarded(async () => {
      await runExcel((context) => writeReportSheet(context, rows));
      setStatus('The Concordat report sheet is written.');
    });
  }

  async function clearFlags(): Promise<void> {
    await guarded(async () => {
      await runExcel((context) => clearConcordat(context, { keepLog: true }));
      result = undefined;
      drawResults();
      setStatus('Flags cleared. The Concordat log sheet is kept as a record of past checks.');
    });
  }

  layout.checkButton.addEventListener('click', () => void check());
  layout.reportButton.addEventListener('click', () => void writeReport());
  layout.clearButton.addEventListener('click', () => void clearFlags());
  layout.asOf.addEventListener('change', () => void saveAsOf(layout.asOf.value || undefined));
}
