/** The shipped rule packs, read from rules/ the way the command line reads them, and a small pack of a user's own. */
import * as fs from 'fs';
import * as path from 'path';
import type { RulePackSource } from '../../src/core/check';

export const RULES_DIR = path.resolve(__dirname, '../../rules');

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
