/**
 * Builds the Excel add-in: the task pane and the ribbon command's function file, type-checked by
 * ts-loader, with the icons and manifest copied into dist/. Office.js itself is never bundled: the
 * HTML pages load it from Microsoft's CDN, as Office requires.
 *
 *   npm run build              production build into dist/ (no certificates needed)
 *   ADDIN_URL=https://example.org/concordat/ npm run build
 *                              the same, with dist/manifest.xml pointing at that host
 *   npm run dev-server         https://localhost:3000 with office-addin-dev-certs certificates
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

/** The URL prefix the production manifest points at: ADDIN_URL when set, always ending in '/'. */
function addinUrl(mode) {
  const configured = process.env.ADDIN_URL;
  if (mode !== 'production' || !configured) return DEV_URL;
  const url = new URL(configured);
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must be an https URL, got ${configured}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Rewrites every dev-server URL in the manifest (and the AppDomain, which has no trailing slash). */
function rewriteManifest(content, url) {
  const text = content.toString();
  if (url === DEV_URL) return text;
  return text
    .split(DEV_URL)
    .join(url)
    .split(`<AppDomain>${DEV_URL.slice(0, -1)}</AppDomain>`)
    .join(`<AppDomain>${new URL(url).origin}</AppDomain>`);
}

function page(template, filename, chunks) {
  return new HtmlWebpackPlugin({ template, filename, chunks, scriptLoading: 'defer', inject: 'head' });
}

/**
 * Certificates for https://localhost. office-addin-dev-certs generates them and trusts its CA
 * (which needs admin rights); when trusting fails, the generated files are still used and the
 * browser warns until the CA is trusted.
 */
async function httpsOptions() {
  // Only `webpack serve` needs certificates; requiring the package lazily keeps `npm run build` offline.
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const fs = require('fs');
    const {
      caCertificatePath,
      localhostCertificatePath,
      localhostKeyPath,
    } = require('office-addin-dev-certs/lib/defaults');
    if (![caCertificatePath, localhostCertificatePath, localhostKeyPath].every((file) => fs.existsSync(file)))
      throw error;
    process.stderr.write(
      `\nWarning: ${error.message}\nServing with the generated certificate; trust ${caCertificatePath} ` +
        '(or run "npx office-addin-dev-certs install" as an administrator) so Excel accepts https://localhost:3000.\n\n',
    );
    return {
      ca: fs.readFileSync(caCertificatePath),
      cert: fs.readFileSync(localhostCertificatePath),
      key: fs.readFileSync(localhostKeyPath),
    };
  }
}

async function devServer() {
  return {
    port: DEV_PORT,
    server: { type: 'https', options: await httpsOptions() },
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: false,
    hot: false,
    client: { overlay: false },
  };
}

module.exports = async (env, argv) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const url = addinUrl(mode);
  return {
    mode,
    // Separate .map files: the default eval-based maps would need 'unsafe-eval' in the pages' CSP.
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/taskpane.ts',
      commands: './src/commands/commands.ts',
      summary: './src/commands/summary.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // Report type errors in what the add-in bundles, not in unrelated tests or tools.
              onlyCompileBundledFiles: true,
              compilerOptions: { noEmit: false, module: 'es2020', sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      page('./src/taskpane/taskpane.html', 'taskpane.html', ['taskpane']),
      page('./src/commands/commands.html', 'commands.html', ['commands']),
      page('./src/commands/summary.html', 'summary.html', ['summary']),
      page('./src/taskpane/help.html', 'help.html', []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content, url) },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: process.env.WEBPACK_SERVE ? await devServer() : undefined,
  };
};
