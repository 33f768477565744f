/**
 * `npm run bench`: every benchmark side by side in one run, printed as tables and written to
 * bench/out/latest.md with a block to paste into the README.
 *
 *   node bench/run.js            1k, 10k and 100k rows (about five minutes on two cores)
 *   node bench/run.js --quick    1k and 10k rows only
 *   node bench/run.js --only engines,cli,folder,addin,bundle
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { shippedPacks } from '../testkit/packs';
import type { Section } from './report';
import { markdownTable, sectionMarkdown, sectionText } from './report';
import { addinSection } from './sections/addin';
import { bundleSection } from './sections/bundle';
import { cliSection } from './sections/cli';
import { engineSection } from './sections/engines';
import { folderSection } from './sections/folder';
import { seconds, timeAsync } from './timing';

const OUT_DIR = path.resolve(__dirname, 'out');
const SECTIONS = ['engines', 'cli', 'folder', 'addin', 'bundle'] as const;
/** Workbooks in the folder `concordat check DIR` is timed on. */
const FOLDER_FILES = 200;
type SectionName = (typeof SECTIONS)[number];

interface RunOptions {
  sizes: number[];
  only: Set<SectionName>;
}

function parseArgs(args: string[]): RunOptions {
  const quick = args.includes('--quick');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? (args[onlyAt + 1] ?? '').split(',') : [...SECTIONS];
  const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}; expected ${SECTIONS.join(', ')}`);
  return { sizes: quick ? [1_000, 10_000] : [1_000, 10_000, 100_000], only: new Set(only as SectionName[]) };
}

function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `Node ${process.version}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB`;
}

function readmeBlock(sections: Section[], when: string): string {
  return [
    '<!-- bench:start (npm run bench; paste from bench/out/latest.md) -->',
    `**Performance** (measured ${when}, ${machine()}):`,
    '',
    ...sections.flatMap((s) => s.headlines.map((h) => `- ${h}`)),
    '',
    ...sections
      .filter((s) => s.tables.length > 0)
      .flatMap((s) => [
        `**${s.title}**`,
        '',
        ...s.tables.flatMap((t) => [markdownTable(t), '']),
        ...s.notes.map((n) => `- ${n}`),
        '',
      ]),
    '<!-- bench:end -->',
  ].join('\n');
}

export async function main(args: string[]): Promise<void> {
  const options = parseArgs(args);
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  const packs = shippedPacks();
  const sections: Section[] = [];
  const run = async (name: SectionName, make: () => Promise<Section> | Section): Promise<void> => {
    if (!options.only.has(name)) return;
    log(`${name}…`);
    const { ms, value } = await timeAsync(async () => make());
    log(`${name} done in ${seconds(ms)}`);
    sections.push(value);
    process.stdout.write(`\n${sectionText(value)}\n`);
  };
  const total = await timeAsync(async () => {
    await run('engines', () =>
      engineSection({ sizes: options.sizes, packs, referenceSample: 10_000, referenceCheckLimit: 10_000, log }),
    );
    await run('cli', () => cliSection({ sizes: options.sizes, workDir: path.join(OUT_DIR, 'workbooks'), log }));
    await run('folder', () => folderSection({ files: FOLDER_FILES, workDir: path.join(OUT_DIR, 'workbooks'), log }));
    await run('addin', () => addinSection({ sizes: options.sizes, packs, log }));
    await run('bundle', () => bundleSection());
  });
  const when = new Date().toISOString().slice(0, 10);
  const block = readmeBlock(sections, when);
  const markdown = [
    `# Concordat benchmark, ${new Date().toISOString()}`,
    '',
    `${machine()}; sizes ${options.sizes.join(', ')} rows; whole run ${seconds(total.ms)}.`,
    '',
    ...sections.flatMap((s) => [sectionMarkdown(s), '']),
    '## For the README',
    '',
    '```markdown',
    block,
    '```',
    '',
  ].join('\n');
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, 'latest.md'), markdown);
  process.stdout.write(`\n== For the README (also in bench/out/latest.md) ==\n\n${block}\n`);
  log(`whole benchmark: ${seconds(total.ms)}`);
}
