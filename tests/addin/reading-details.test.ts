/**
 * The task pane's "How Concordat read this workbook": collapsed, one section per table, and
 * workbook text only ever as text nodes. A tiny stand-in for `document` is enough for the DOM
 * helpers, which use only createElement, createTextNode, setAttribute and append.
 */
import type { TableReading } from '../../src/core/reading';
import { readingDetails } from '../../src/taskpane/render';

class FakeText {
  constructor(readonly text: string) {}
  get textContent(): string {
    return this.text;
  }
}

class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly children: (FakeElement | FakeText)[] = [];
  constructor(readonly tagName: string) {}
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  append(...nodes: (FakeElement | FakeText)[]): void {
    this.children.push(...nodes);
  }
  set innerHTML(_: string) {
    throw new Error('innerHTML must not be used');
  }
  get textContent(): string {
    return this.children.map((c) => c.textContent).join('');
  }
  all(tag: string): FakeElement[] {
    return this.children.flatMap((c) =>
      c instanceof FakeElement ? [...(c.tagName === tag ? [c] : []), ...c.all(tag)] : [],
    );
  }
}

const HOSTILE = '<img src=x onerror=alert(1)>';

function reading(kind: TableReading['kind'], sheet: string, header: string): TableReading {
  return {
    sheet,
    range: 'A1:D5',
    headerRows: [1, 1],
    kind,
    kindReason: kind === 'skipped' ? 'not an action plan or savings tracker (year, cost)' : 'owner, deadline columns',
    columns: [{ column: 2, letter: 'B', header, meaning: 'owner', confidence: 1, evidence: "header word 'officer'" }],
    partners: [],
    partnerLayout: 'none',
    contextYear: null,
    itemRows: 4,
    totalsRows: [],
    subtotalRows: [],
    skippedRows: [],
  };
}

beforeAll(() => {
  (globalThis as { document?: unknown }).document = {
    createElement: (tag: string) => new FakeElement(tag),
    createTextNode: (text: string) => new FakeText(text),
  };
});
afterAll(() => {
  delete (globalThis as { document?: unknown }).document;
});

test('is a collapsed details listing each table’s range, kind, reason and columns', () => {
  const details = readingDetails([
    reading('action-plan', 'Action plan', 'Officer responsible'),
    reading('skipped', 'Figures', 'Year'),
  ]) as unknown as FakeElement;
  expect(details.tagName).toBe('details');
  expect(details.attributes.has('open')).toBe(false);
  expect(details.all('summary')[0].textContent).toBe('How Concordat read this workbook');
  const sections = details.all('section');
  expect(sections.map((s) => s.attributes.get('data-kind'))).toEqual(['action-plan', 'skipped']);
  expect(sections[0].textContent).toContain('Action plan, A1:D5');
  expect(sections[0].textContent).toContain('Action plan');
  expect(sections[0].textContent).toContain('B · Officer responsible');
  expect(sections[0].textContent).toContain('Read as owner');
  expect(sections[0].textContent).toContain("header word 'officer'");
  expect(sections[1].textContent).toContain('Left alone');
  expect(sections[1].textContent).toContain('not an action plan or savings tracker');
});

test('workbook text stays text', () => {
  const details = readingDetails([reading('savings', HOSTILE, HOSTILE)]) as unknown as FakeElement;
  expect(details.textContent).toContain(`${HOSTILE}, A1:D5`);
  expect(details.textContent).toContain(`B · ${HOSTILE}`);
  expect(details.all('img')).toEqual([]);
});

test('says so when no table was found', () => {
  const details = readingDetails([]) as unknown as FakeElement;
  expect(details.textContent).toContain('No tables found.');
});
