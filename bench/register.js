/**
 * Lets plain `node` load the TypeScript benchmark (and the src/ files it imports) with no extra
 * dependency: each .ts file is transpiled on require with the project's own TypeScript.
 * Types are not checked here; `npm test` type-checks bench/ with the rest of the project.
 */
/* global require */
const fs = require('fs');
const ts = require('typescript');

const COMPILER_OPTIONS = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  resolveJsonModule: true,
  inlineSourceMap: true,
};

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: COMPILER_OPTIONS, fileName: filename });
  module._compile(outputText, filename);
};
