/**
 * The ribbon's "Check workbook" command. It runs the same check as the pane, writes the report
 * sheet and shows it, then opens a small dialog with the counts (or the reason it failed).
 *
 * Why a dialog: an Excel command has no status bar or notification API (NotificationMessages is
 * Outlook-only), and opening the task pane would defeat the point of a one-click command. The
 * report sheet carries the detail; the dialog says in one line what happened. Hosts without
 * DialogApi 1.1 get the report sheet alone.
 */
import { describeError } from '../core/errors';
import { loadAsOf, loadReadBytes, saveReadBytes } from '../excel/preferences';
import { runCheck } from '../excel/run-check';
import { CommandOutcome, encodeOutcome } from './summary-text';

/** The dialog closes itself after this long if the user leaves it open (ms). */
const DIALOG_TIMEOUT = 120_000;

function showOutcome(outcome: CommandOutcome): Promise<void> {
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) return Promise.resolve();
  const url = new URL(`summary.html?${encodeOutcome(outcome)}`, window.location.href).href;
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 32, width: 28, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = opened.value;
      let finished = false;
      const finish = (close: boolean): void => {
        if (finished) return;
        finished = true;
        if (close) dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => finish(true));
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish(false));
      setTimeout(() => finish(true), DIALOG_TIMEOUT);
    });
  });
}

export async function checkWorkbookCommand(event: Office.AddinCommands.Event): Promise<void> {
  let outcome: CommandOutcome;
  try {
    const run = await Excel.run((context) =>
      runCheck(context, {
        asOf: loadAsOf(),
        writeReport: true,
        activateReport: true,
        expectedBytes: loadReadBytes(),
      }),
    );
    await saveReadBytes(run.readBytes);
    outcome = { kind: 'checked', counts: run.result.counts, tables: run.result.tables.length, since: run.result.since };
  } catch (error) {
    outcome = { kind: 'failed', error: describeError(error).report };
  }
  try {
    await showOutcome(outcome);
  } finally {
    event.completed();
  }
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    Office.actions.associate('checkWorkbookCommand', checkWorkbookCommand);
  });
}
// Hosts that predate Office.actions look the function up by name on the function file's window.
Object.assign(window, { checkWorkbookCommand });
