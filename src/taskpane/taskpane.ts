/** Task pane entry: waits for Office, then mounts the pane, or explains why it cannot. */
import { clear, el } from '../shared/dom';
import { startPane } from './controller';
import { buildLayout } from './layout';
import { applyTheme, officeTheme } from './theme';

function showNotInExcel(root: HTMLElement, detail: string): void {
  clear(root);
  root.append(
    el(
      'div',
      { class: 'empty', role: 'status' },
      el('p', { class: 'empty-title' }, 'Open Concordat from Excel'),
      el('p', {}, detail),
    ),
  );
}

function mount(): void {
  const root = document.getElementById('app');
  if (!root) return;
  if (typeof Office === 'undefined') {
    showNotInExcel(
      root,
      'Office could not be loaded. Check your connection, then reopen the Concordat pane from the Home tab in Excel.',
    );
    return;
  }
  void Office.onReady((info) => {
    applyTheme(officeTheme());
    if (info.host !== Office.HostType.Excel) {
      showNotInExcel(
        root,
        'This page is the Concordat add-in for Excel. In Excel, choose Home › Open Concordat to check a workbook.',
      );
      return;
    }
    const layout = buildLayout();
    clear(root);
    root.append(layout.root);
    startPane(layout, (batch) => Excel.run(batch));
  });
}

mount();
