/**
 * Tests that need an installed program (Chromium, LibreOffice) call requireProgram first.
 * Missing program: the test is skipped with a message everyone sees in the output — unless
 * CONCORDAT_REQUIRE_PROGRAMS=1 (as in CI), where a missing program is a failure, not a skip.
 */
import { accessSync, constants } from 'fs';

export function requireProgram(path: string, name: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    const message = `${name} is not installed at ${path}`;
    if (process.env.CONCORDAT_REQUIRE_PROGRAMS === '1') {
      throw new Error(`${message}, and CONCORDAT_REQUIRE_PROGRAMS=1 requires it.`);
    }
    process.stderr.write(`\n  SKIPPED: ${message}; the tests that need it are skipped.\n\n`);
    return false;
  }
}

/** Debian's Chromium, started headless with nothing that reaches for the network on its own. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
