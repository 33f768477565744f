#!/usr/bin/env node
/**
 * `npm start`: serves the add-in on https://localhost:3000 (webpack dev server with
 * office-addin-dev-certs certificates) and explains how to load it into Excel. Sideloading is
 * manual because office-addin-debugging is not a dependency.
 */
'use strict';
const path = require('path');
const { spawn } = require('child_process');

const root = path.resolve(__dirname, '..');
const manifest = path.join(root, 'manifest.xml');
const url = 'https://localhost:3000/taskpane.html';

const steps = `
Concordat add-in dev server
===========================
Serving ${url}
Manifest: ${manifest}

The first run asks to install a trusted localhost certificate (office-addin-dev-certs).
Open ${url} in a browser once: it should load without a certificate warning.

Excel on the web
  1. Open a workbook at https://www.office.com (OneDrive or SharePoint).
  2. Home › Add-ins › More Add-ins (or Insert › Add-ins) › My Add-ins › Upload My Add-in.
  3. Browse to the manifest above and choose Upload.
  4. The Home tab now has a Concordat group: Check workbook and Open Concordat.

Excel for Windows (shared-folder catalogue)
  1. Share a folder on this machine (e.g. C:\\AddinManifests) and copy manifest.xml into it.
  2. Excel › File › Options › Trust Center › Trust Center Settings › Trusted Add-in Catalogs:
     add the folder's network path (\\\\machine\\share), tick "Show in Menu", OK, restart Excel.
  3. Home › Add-ins › More Add-ins › Shared Folder › Concordat › Add.

Excel for Mac
  1. Copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
     (create the wef folder if it does not exist), then restart Excel.
  2. Home › Add-ins › My Add-ins (the drop-down) › Concordat.

Press Ctrl+C to stop the server.
`;

const webpack = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'webpack.cmd' : 'webpack');
const server = spawn(webpack, ['serve', '--mode', 'development'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});

process.stdout.write(steps);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
