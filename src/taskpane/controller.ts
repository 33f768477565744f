/**
 * The pane's behaviour: runs a check, keeps the last result, filters it, jumps to findings,
 * writes the report sheet and clears flags. Excel is reached only through `runExcel`, so the
 * same controller runs against Excel.run in Office and against a test host in the browser test.
 *
 * Focus never falls to the page: while Excel works the buttons are aria-disabled (a disabled
 * button would drop the focus it holds), and when an action ends focus moves on purpose, to the
 * findings heading after a check and to the status after writing or clearing.
 */
import { checkedAsOf } from '../core/as-of';
import { describeError } from '../core/errors';
import { SEVERITIES, Severity, countFindings, severityCount } from '../core/findings';
import { applyAcceptances } from '../core/accepted/apply';
import { entryFor } from '../core/accepted/sheet';
import { acceptanceNote } from '../core/accepted/wording';
import { writeAcceptance } from '../excel/write-acceptance';
import type { AcceptInput } from './accept-form';
import type { Finding } from '../core/findings';
import type { CheckResult } from '../core/result';
import { clearConcordat } from '../excel/clear-concordat';
import { loadAsOf, loadReadBytes, saveAsOf, saveReadBytes } from '../excel/preferences';
import { runCheck } from '../excel/run-check';
import { selectCell } from '../excel/select-cell';
import { writeReportSheet } from '../excel/write-report-sheet';
import { clear, plural } from '../shared/dom';
import type { PaneLayout } from './layout';
import { REPORT_NEEDS_CHECK } from './layout';
import { problemParts } from '../shared/problem';
import { FINDINGS_HEADING_ID, renderResults } from './render';

export type RunExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Long checks report progress often; the pane repaints at most this often (ms). */
const REPAINT_INTERVAL = 50;

/** "Check complete: 6 errors, 8 warnings, 1 note." */
function resultSentence(result: CheckResult): string {
  if (result.counts.total === 0) return 'Check complete: no problems found.';
  const counts = SEVERITIES.map((s) => severityCount(s, result.counts[s])).join(', ');
  return `Check complete: ${counts}. Flags are in the workbook.`;
}

/** "Showing 9 of 15 findings; errors hidden." */
function filterSentence(result: CheckResult, shown: ReadonlySet<Severity>): string {
  const visible = SEVERITIES.filter((s) => shown.has(s)).reduce((sum, s) => sum + result.counts[s], 0);
  const hidden = SEVERITIES.filter((s) => !shown.has(s)).map((s) => (s === 'info' ? 'notes' : `${s}s`));
  const showing = `Showing ${visible.toLocaleString('en-GB')} of ${plural(result.counts.total, 'finding')}`;
  return hidden.length === 0 ? `${showing}.` : `${showing}; ${hidden.join(' and ')} hidden.`;
}

export function startPane(layout: PaneLayout, runExcel: RunExcel): void {
  let result: CheckResult | undefined;
  /** How big the last check's read was: tells the next read of a big workbook to go size-first straight away. */
  let lastReadBytes: number | undefined;
  const shown = new Set<Severity>(SEVERITIES);
  let busy = false;
  let lastPaint = 0;
  let lastStage = '';

  layout.asOf.value = loadAsOf() ?? '';

  /** Says something once in the polite live region; the same words twice are still said twice. */
  function announce(message: string): void {
    layout.announcer.textContent = layout.announcer.textContent === message ? `${message}\u00a0` : message;
  }

  function setStatus(message: string): void {
    layout.status.textContent = message;
    layout.status.className = 'status status--info';
  }

  /** What went wrong, what to do about it and the error's code. */
  function showError(error: unknown): void {
    const report = describeError(error).report;
    clear(layout.status);
    layout.status.append(...problemParts(report));
    layout.status.className = 'status status--error';
    announce(report.message);
  }

  /** Write report sheet works once there is a check to report. */
  function setReportAvailable(available: boolean): void {
    if (available) layout.reportButton.removeAttribute('aria-describedby');
    else layout.reportButton.setAttribute('aria-describedby', 'report-needs-check');
  }

  function setBusy(value: boolean): void {
    busy = value;
    for (const button of [layout.checkButton, layout.reportButton, layout.clearButton])
      button.setAttribute('aria-disabled', String(value));
    if (!value && !result) layout.reportButton.setAttribute('aria-disabled', 'true');
    layout.checkButton.textContent = value ? 'Checking…' : 'Check workbook';
    layout.progress.hidden = !value;
    layout.progressLabel.hidden = !value;
    if (!value) lastStage = '';
  }

  async function showProgress(fraction: number, stage: string): Promise<void> {
    const percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    layout.progress.setAttribute('aria-valuenow', String(percent));
    layout.progressBar.style.width = `${percent}%`;
    layout.progressLabel.textContent = stage;
    // Each stage once: the bar moves many times a stage, and a screen reader would queue every move.
    if (stage !== lastStage && stage !== 'Done') announce(`${stage}…`);
    lastStage = stage;
    const now = Date.now();
    if (now - lastPaint > REPAINT_INTERVAL) {
      lastPaint = now;
      // Give the browser a moment to paint the bar before the core carries on.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  function drawResults(): void {
    clear(layout.results);
    setReportAvailable(result !== undefined);
    if (!result) {
      layout.results.hidden = true;
      return;
    }
    const shownResult = result;
    layout.results.append(
      renderResults(shownResult, shown, {
        onToggleSeverity: (severity) => {
          if (shown.has(severity)) shown.delete(severity);
          else shown.add(severity);
          drawResults();
          layout.results.querySelector<HTMLElement>(`[data-severity="${severity}"]`)?.focus();
          announce(filterSentence(shownResult, shown));
        },
        onSelectFinding: (finding) => void goTo(finding),
        onAccept: accept,
      }),
    );
    layout.results.hidden = false;
  }

  async function guarded(action: () => Promise<void>): Promise<void> {
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
    if (busy) return;
    const asOf = layout.asOf.value || undefined;
    // The picker lets a year such as 0211 through; refused before the workbook is read.
    try {
      if (asOf) checkedAsOf(asOf);
    } catch (error) {
      showError(error);
      return;
    }
    setStatus('');
    announce('Checking the workbook…');
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
      const sentence = resultSentence(run.result);
      setStatus(sentence);
      announce(sentence);
    });
    if (result && layout.status.classList.contains('status--info'))
      document.getElementById(FINDINGS_HEADING_ID)?.focus();
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
   * and the counts in the workbook follow at the next check. Focus then goes to the status, as
   * after writing or clearing (the form it was in is drawn anew). Rejects, keeping the form open,
   * when nothing was written.
   */
  async function accept(finding: Finding, input: AcceptInput): Promise<void> {
    const checked = result;
    if (busy || !checked) throw new Error('The pane is busy.');
    let written = false;
    await guarded(async () => {
      const entry = entryFor(finding, { ...input, on: new Date().toISOString().slice(0, 10) });
      const row = await runExcel((context) => writeAcceptance(context, entry));
      written = true;
      applyAcceptances([finding], [{ ...entry, row }], checked.asOf);
      checked.counts = countFindings(checked.findings);
      drawResults();
      const sentence = `${finding.ruleId} at ${finding.sheet}!${finding.address}: ${acceptanceNote(finding)}.`;
      setStatus(sentence);
      announce(sentence);
    });
    if (!written) throw new Error('The acceptance was not written.');
    layout.status.focus();
  }

  async function writeReport(): Promise<void> {
    if (busy) return;
    const rows = result?.plan.report;
    if (!rows) {
      announce(`Write report sheet: ${REPORT_NEEDS_CHECK}`);
      return;
    }
    await guarded(async () => {
      await runExcel((context) => writeReportSheet(context, rows));
      setStatus('The Concordat report sheet is written.');
    });
    layout.status.focus();
  }

  async function clearFlags(): Promise<void> {
    await guarded(async () => {
      await runExcel((context) => clearConcordat(context, { keepLog: true }));
      result = undefined;
      drawResults();
      setStatus('Flags cleared. The Concordat log sheet is kept as a record of past checks.');
    });
    layout.status.focus();
  }

  /** Clear flags asks first; Cancel or Escape closes the question and returns focus to the button. */
  function askToClear(): void {
    if (busy) return;
    layout.confirmClear.showModal();
    layout.cancelClearButton.focus();
  }

  layout.checkButton.addEventListener('click', () => void check());
  layout.reportButton.addEventListener('click', () => void writeReport());
  layout.clearButton.addEventListener('click', askToClear);
  layout.cancelClearButton.addEventListener('click', () => layout.confirmClear.close('cancel'));
  layout.confirmClearButton.addEventListener('click', () => layout.confirmClear.close('clear'));
  layout.confirmClear.addEventListener('close', () => {
    const confirmed = layout.confirmClear.returnValue === 'clear';
    layout.confirmClear.returnValue = '';
    if (confirmed) void clearFlags();
    else layout.clearButton.focus();
  });
  layout.asOf.addEventListener('change', () => void saveAsOf(layout.asOf.value || undefined));
}
