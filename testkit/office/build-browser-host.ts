/**
 * Bundles browser-host.ts (and the fake it runs) with webpack into tests/.tmp/fake-office/office.js,
 * the script the browser test serves in place of Office.js; skips the build when the bundle is
 * newer than every file of the fake.
 */
import { existsSync, readdirSync, statSync } from 'fs';
import path from 'path';
import webpack from 'webpack';

// The webpack config is plain JavaScript, read as it is.
const addinWebpackConfig = require('../../webpack.config.js') as (
  env: unknown,
  argv: { mode: string },
) => Promise<webpack.Configuration>;

const root = path.resolve(__dirname, '../..');
const SOURCE_DIR = __dirname;
const OUTPUT_DIR = path.join(root, 'tests', '.tmp', 'fake-office');
const BUNDLE = 'office.js';

function newestSource(): number {
  const inputs = readdirSync(SOURCE_DIR).map((entry) => path.join(SOURCE_DIR, entry));
  return Math.max(...[...inputs, path.join(root, 'tsconfig.json')].map((file) => statSync(file).mtimeMs));
}

/** The bundled fake Office, built if it is missing or older than its sources; resolves to its path. */
export async function ensureBrowserHostBuilt(): Promise<string> {
  const bundle = path.join(OUTPUT_DIR, BUNDLE);
  if (existsSync(bundle) && statSync(bundle).mtimeMs > newestSource()) return bundle;
  // The add-in's own loader and resolution, so the fake is compiled exactly as the pane it stands beside.
  const addin = await addinWebpackConfig({}, { mode: 'development' });
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    context: root,
    entry: path.join(SOURCE_DIR, 'browser-host.ts'),
    target: 'web',
    output: { path: OUTPUT_DIR, filename: BUNDLE, clean: true },
    resolve: addin.resolve,
    module: addin.module,
    performance: { hints: false },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) => {
      compiler.close(() => undefined);
      if (error || !result) reject(error ?? new Error('webpack gave no result'));
      else resolve(result);
    }),
  );
  if (stats.hasErrors()) throw new Error(`The fake Office bundle failed to build:\n${stats.toString('errors-only')}`);
  return bundle;
}
