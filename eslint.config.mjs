// office-addin-lint (`npm run lint`) uses this file in place of its built-in config: the Office
// Add-ins recommended rules (no context.sync() in loops, load before read, …) plus prettier, with
// the TypeScript parser reading the repo's own tsconfig so every src/ file is linted as it compiles.
import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';

/** The Office.js rules match names (`load`, `getItem`, `sync`), so they only make sense where Office.js is used. */
const officeJsRules = Object.keys(officeAddins.rules).map((name) => `office-addins/${name}`);

export default [
  ...officeAddins.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // TypeScript already checks names; the core rule does not know the ambient Office/Excel globals.
      'no-undef': 'off',
    },
  },
  {
    // The core is host-free and the CLI uses exceljs, whose `getCell`/`load` names would trip the
    // Office.js rules without meaning anything.
    files: ['src/core/**', 'src/cli/**'],
    rules: Object.fromEntries(officeJsRules.map((rule) => [rule, 'off'])),
  },
];
