/**
 * The streaming reader (src/cli/read) gives the core the same snapshot exceljs's object model
 * gave it, value for value, format for format, merge for merge, on every kind of workbook the
 * tests hold: the corpus as files, the odd and hostile workbooks of the safety tests, random
 * workbooks, the realistic council workbook and the real workbooks from public test suites.
 */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { DEFAULT_LIMITS } from '../../src/cli/limits';
import { WorkbookPackage } from '../../src/cli/package/workbook-package';
import { readPackage } from '../../src/cli/read/workbook-read';
import { snapshotOf } from '../../src/cli/read/snapshot-of';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { loadCorpus, xlsxOf } from '../corpus/load';
import * as odd from '../safety/support/odd-workbooks';
import { hostileTextWorkbook, terminalTextWorkbook } from '../safety/support/hostile-text';
import { buildWorkbook, workbookSpec } from '../safety/support/random-workbooks';
import { buildRealisticWorkbook, saveToBuffer } from '../../testkit/cli/realistic-workbook';
import { withActionPlan } from '../../testkit/cli/action-plan-part';
import { exceljsSnapshot } from '../../testkit/cli/exceljs-snapshot';

const NONE = { sheets: [], flagColumns: [] };
const PARTS_DIR = path.join(__dirname, 'fixtures', 'parts');

function streamed(bytes: Buffer): WorkbookSnapshot {
  return snapshotOf(readPackage(WorkbookPackage.open(bytes, DEFAULT_LIMITS), DEFAULT_LIMITS), NONE);
}

async function expectSameSnapshot(bytes: Buffer): Promise<void> {
  expect(streamed(bytes)).toEqual(await exceljsSnapshot(bytes));
}

describe('the streaming reader gives the snapshot exceljs gave', () => {
  it.each(loadCorpus().map((wb) => [wb.file, wb] as const))('corpus %s', async (_f, wb) => {
    await expectSameSnapshot(await xlsxOf(wb));
  });

  const oddOnes = Object.entries(odd).filter(([, make]) => typeof make === 'function' && make.length === 0);
  it.each(oddOnes)('odd workbook %s', async (_name, make) => {
    await expectSameSnapshot(await (make as () => Promise<Buffer>)());
  });

  it('hostile text', async () => {
    await expectSameSnapshot(await hostileTextWorkbook());
    await expectSameSnapshot(await terminalTextWorkbook());
  });

  it('the realistic council workbook, in both date systems', async () => {
    await expectSameSnapshot(await saveToBuffer(buildRealisticWorkbook()));
    await expectSameSnapshot(await saveToBuffer(buildRealisticWorkbook({ date1904: true })));
  });

  it.each(readdirSync(PARTS_DIR).filter((f) => /\.xls[xm]$/.test(f)))('%s from a public test suite', async (file) => {
    const bytes = await withActionPlan(readFileSync(path.join(PARTS_DIR, file)));
    await expectSameSnapshot(bytes);
  });

  it('random workbooks', async () => {
    await fc.assert(
      fc.asyncProperty(workbookSpec, async (spec) => {
        await expectSameSnapshot(await saveToBuffer(buildWorkbook(spec)));
      }),
      { numRuns: 40, seed: 12 },
    );
  });
});
