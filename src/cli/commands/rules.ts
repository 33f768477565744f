/** `concordat rules`: the rule catalogue as the given packs and profile make it (id, title, severity, on/off). */
import type { Severity } from '../../core/findings';
import { SEVERITY_WORDS } from '../../core/findings';
import type { CliIo } from '../cli-io';
import { readCheckInputs } from './check';
import { forTerminal } from '../terminal-text';

export interface RulesCommandOptions {
  rules?: string;
  profile?: string;
}

interface CatalogueEntry {
  id: string;
  title: string;
  severity: Severity;
  enabled: boolean;
  pack: string;
  description: string;
}

/**
 * The catalogue of the packs and profile prepared as `check` prepares them (prepareCheck), so the
 * two commands accept and refuse the same packs and profiles, with the same messages.
 */
async function ruleCatalogue(opts: RulesCommandOptions, io: CliIo): Promise<CatalogueEntry[]> {
  const { prepared } = await readCheckInputs(opts, io);
  const settings = prepared.profile?.profile.rules ?? {};
  return prepared.packs.flatMap(({ pack }) =>
    pack.rules.map((rule) => ({
      id: rule.event.type,
      title: rule.event.params.title,
      severity: settings[rule.event.type]?.severity ?? rule.event.params.severity,
      enabled: settings[rule.event.type]?.enabled !== false,
      pack: pack.pack,
      description: rule.event.params.description,
    })),
  );
}

export async function rulesCommand(opts: RulesCommandOptions, io: CliIo): Promise<number> {
  // Ids, pack names and descriptions come from the packs' JSON, which anyone may have written.
  const entries = (await ruleCatalogue(opts, io)).map((e) => ({
    ...e,
    id: forTerminal(e.id),
    title: forTerminal(e.title),
    pack: forTerminal(e.pack),
    description: forTerminal(e.description),
  }));
  const idWidth = Math.max(4, ...entries.map((e) => e.id.length));
  const packWidth = Math.max(4, ...entries.map((e) => e.pack.length));
  const lines = [`${'Rule'.padEnd(idWidth)}  Severity  On   ${'Pack'.padEnd(packWidth)}  Title: description`];
  for (const e of entries) {
    lines.push(
      `${e.id.padEnd(idWidth)}  ${SEVERITY_WORDS[e.severity][0].padEnd(8)}  ${(e.enabled ? 'on' : 'off').padEnd(3)}  ${e.pack.padEnd(packWidth)}  ${e.title}: ${e.description}`,
    );
  }
  lines.push('', `${entries.length} rules, ${entries.filter((e) => !e.enabled).length} switched off by the profile.`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
