/**
 * Types for the one webpack feature the add-in uses beyond plain modules: `require.context`,
 * which bundles every rule pack in rules/ at build time. (@types/webpack-env is not a dependency.)
 */
declare namespace NodeJS {
  interface WebpackRequireContext {
    keys(): string[];
    (id: string): unknown;
  }
  interface Require {
    context(directory: string, useSubdirectories: boolean, pattern: RegExp): WebpackRequireContext;
  }
}
