/**
 * Rule packs and profiles written to hurt: unknown operators and facts, wrong types, absurd sizes,
 * deep nesting, JSONPath expressions, prototype keys. Built as JSON text, because some of them
 * (a million levels deep, a __proto__ key) cannot be built as objects and stringified.
 */

export const leaf = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  fact: 'ownerKind',
  operator: 'equal',
  value: 'blank',
  ...over,
});

export function rule(
  conditions: unknown,
  params: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    name: 'extra.rule',
    conditions,
    event: {
      type: 'extra.rule',
      params: {
        title: 't',
        severity: 'warning',
        column: 'owner',
        message: 'm',
        hint: 'h',
        description: 'd',
        ...params,
      },
    },
    ...extra,
  };
}

export function packText(rules: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ pack: 'extra', version: '1.0.0', subject: 'action', rules, ...extra });
}

/** A valid pack with `key: value` spliced in as the first key of the top-level object. */
export const withTopKey = (key: string, value: string): string =>
  packText([rule({ all: [leaf()] })]).replace(/^\{/, `{${JSON.stringify(key)}:${value},`);

/** A pack whose one condition is wrapped in `levels` of "not". */
export function nestedPack(levels: number): string {
  const inner = `${'{"not":'.repeat(levels)}${JSON.stringify(leaf())}${'}'.repeat(levels)}`;
  return packText([rule({ all: ['HOLE'] })]).replace('"HOLE"', inner);
}

export function manyRules(n: number): string {
  return packText(
    Array.from({ length: n }, (_, i) => ({
      ...rule({ all: [leaf()] }),
      name: `extra.r${i}`,
      event: { ...(rule({}).event as object), type: `extra.r${i}` },
    })),
  );
}

/** The shape of the jsonpath-plus remote-code-execution bugs (CVE-2024-21534): a filter reaching Function. */
export const JSONPATH_PAYLOAD =
  "$..[?(@.constructor.constructor('globalThis.__concordatPwned = true; return true')())]";
