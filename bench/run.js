#!/usr/bin/env node
/**
 * Entry point of `npm run bench` (after `npm run build:cli`). The benchmark is TypeScript; the
 * require hook in register.js transpiles it on load with the project's own compiler, so nothing
 * beyond `npm ci` is needed. Arguments are passed on (see bench/run.ts).
 */
/* global require, process */
require('./register');

require('./run.ts')
  .main(process.argv.slice(2))
  .catch((err) => {
    process.stderr.write(`${err && err.stack ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
