/** The shipped rule packs, read from rules/ the way the command line reads them, and a small pack of a user's own. */
import * as fs from 'fs';
import * as path from 'path';
import type { CheckOptions } from '../src/core/check';
import type { PreparedCheck, ProfileSource, RulePackSource } from '../src/core/prepare';
import { prepareCheck } from '../src/core/prepare';
import type { RuleEngine } from '../src/core/rules/run';

export const RULES_DIR = path.resolve(__dirname, '../rules');

export function shippedPacks(): RulePackSource[] {
  return fs
    .readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      source: `rules/${f}`,
      json: JSON.parse(fs.readFileSync(path.join(RULES_DIR, f), 'utf8')) as unknown,
    }));
}

let shipped: PreparedCheck | undefined;

/** The shipped packs prepared once for a test file, as a host prepares them once for its run. */
export function shippedCheck(): PreparedCheck {
  shipped ??= prepareCheck(shippedPacks());
  return shipped;
}

/** A test's check: its options, and the packs, profile or rule engine to prepare when not the shipped ones. */
export interface TestCheckOptions extends Partial<CheckOptions> {
  packs?: RulePackSource[];
  profile?: ProfileSource;
  engine?: RuleEngine;
}

/** The prepared check and the options of a test's check: the shipped one unless it gives packs, a profile or an engine. */
export function preparedFor(options: TestCheckOptions): { prepared: PreparedCheck; rest: Partial<CheckOptions> } {
  const { packs, profile, engine, ...rest } = options;
  if (!packs && !profile && !engine) return { prepared: shippedCheck(), rest };
  return { prepared: prepareCheck(packs ?? shippedPacks(), profile, { engine }), rest };
}

/** A user's own pack of one rule (an info finding naming each action's owner), with its description given. */
export function ownersPack(pack = 'board-extras', description = 'Lists owners.'): object {
  return {
    pack,
    version: '1.0.0',
    subject: 'action',
    rules: [
      {
        name: 'board.has-owner',
        conditions: { all: [{ fact: 'ownerKind', operator: 'equal', value: 'person' }] },
        event: {
          type: 'board.has-owner',
          params: {
            title: 'Owner named',
            severity: 'info',
            column: 'owner',
            message: '{label} is owned by {ownerText}.',
            hint: 'None.',
            description,
          },
        },
      },
    ],
  };
}
