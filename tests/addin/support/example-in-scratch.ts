/** The example workbook (`npm run demo`'s), built once into a scratch folder for a test file, removed after it. */
import * as path from 'path';
import { scratchDir } from '../../../testkit/cli/run-cli';

// The example builder is the script `npm run demo` runs; it has no types.
const examples = require('../../../examples/build-examples.js') as { build(file: string): Promise<string> };

export interface ExampleInScratch {
  /** The scratch folder. */
  dir: string;
  /** The example workbook in it. */
  example: string;
}

/** Registers the hooks; the returned object is filled in before the file's first test. */
export function exampleInScratch(): ExampleInScratch {
  const made: ExampleInScratch = { dir: '', example: '' };
  let remove = () => {};
  beforeAll(async () => {
    const scratch = scratchDir();
    remove = scratch.remove;
    made.dir = scratch.dir;
    made.example = path.join(scratch.dir, 'example.xlsx');
    await examples.build(made.example);
  }, 60_000);
  afterAll(() => remove());
  return made;
}
