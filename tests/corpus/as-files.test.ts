/**
 * The corpus as .xlsx files through the command line: the same findings as the core gives on the
 * snapshot, and `concordat explain` reads every table the core reads. Real dates become date cells
 * with a UK date format, as an officer's workbook holds them.
 */
import { writeFileSync } from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../src/core/check';
import { prepareCheck } from '../../src/core/prepare';
import { shippedPacks } from '../../testkit/packs';
import { runCli, scratchDir } from '../../testkit/cli/run-cli';
import { loadCorpus, snapshotOf, xlsxOf } from './load';

const corpus = loadCorpus();

describe('the corpus as workbook files', () => {
  let scratch: { dir: string; remove: () => void };
  beforeAll(() => (scratch = scratchDir()));
  afterAll(() => scratch.remove());

  it.each(corpus.map((wb) => [wb.file, wb] as const))(
    '%s: the command line finds what the core finds',
    async (_f, wb) => {
      const file = path.join(scratch.dir, wb.file.replace(/\.json$/, '.xlsx'));
      writeFileSync(file, await xlsxOf(wb));
      const profile = wb.profile ? { source: 'profile', json: wb.profile } : undefined;
      const core = await checkWorkbook(snapshotOf(wb), prepareCheck(shippedPacks(), profile), {
        asOf: wb.asOf,
        now: new Date(`${wb.asOf}T09:00:00Z`),
      });
      const profileArgs: string[] = [];
      if (wb.profile) {
        const profileFile = path.join(scratch.dir, `${wb.file}.profile.json`);
        writeFileSync(profileFile, JSON.stringify(wb.profile));
        profileArgs.push('--profile', profileFile);
      }
      const run = await runCli(
        [
          'check',
          file,
          '--as-of',
          wb.asOf,
          '--format',
          'json',
          '--fail-on',
          'never',
          '--out',
          path.join(scratch.dir, 'out'),
          '-q',
          ...profileArgs,
        ],
        { cwd: scratch.dir },
      );
      expect(run.stderr).toBe('');
      const report = JSON.parse(run.stdout) as {
        files: { findings: { ruleId: string; sheet: string; address: string }[] }[];
      };
      const label = (f: { ruleId: string; sheet: string; address: string }) => `${f.ruleId}@${f.sheet}!${f.address}`;
      expect(report.files[0].findings.map(label)).toEqual(core.findings.map(label));

      const explained = await runCli(['explain', file, ...profileArgs], { cwd: scratch.dir });
      expect(explained.code).toBe(0);
      for (const reading of core.readings) expect(explained.stdout).toContain(`${reading.sheet}!${reading.range}`);
    },
  );
});
