/** Headless LibreOffice for the tests: one converter per test file, each with a profile of its own (no lock clashes). */
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

export const SOFFICE = '/usr/bin/soffice';

export interface LibreOffice {
  /** Converts `file` into `outDir`; `filter` as soffice takes it after --convert-to. */
  convert(file: string, filter: string, outDir: string): void;
  remove(): void;
}

export function libreOffice(): LibreOffice {
  const profile = mkdtempSync(path.join(tmpdir(), 'concordat-lo-profile-'));
  return {
    convert(file, filter, outDir) {
      const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', filter];
      execFileSync(SOFFICE, [...args, '--outdir', outDir, file], { timeout: 120_000, stdio: 'pipe' });
    },
    remove: () => rmSync(profile, { recursive: true, force: true }),
  };
}
