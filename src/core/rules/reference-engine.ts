/**
 * json-rules-engine, the reference semantics: the differential test and the benchmark run it
 * beside the compiled evaluator and require the same findings. Nothing the add-in bundles
 * imports it, so json-rules-engine stays out of the add-in. The path resolver is plain
 * property access, so no JSONPath expression in a rule is ever evaluated.
 */
import { Engine } from 'json-rules-engine';
import type { Rule } from './schema';
import { OPERATOR_IMPLS, resolvePath } from './operators';
import { CUSTOM_OPERATORS } from './schema';
import type { FactValue } from '../facts/subject';
import type { RuleEngine } from './run';

export class ReferenceEvaluator {
  private readonly engine: Engine;

  constructor(rules: Rule[]) {
    this.engine = new Engine([], {
      allowUndefinedFacts: true,
      pathResolver: (value: unknown, path: string) => resolvePath(value, path),
    });
    for (const name of CUSTOM_OPERATORS) {
      const [evaluate, validate] = OPERATOR_IMPLS[name];
      this.engine.addOperator(name, (a: unknown, b: unknown) => (validate && !validate(a) ? false : evaluate(a, b)));
    }
    for (const rule of rules)
      this.engine.addRule({
        name: rule.name,
        conditions: rule.conditions,
        event: rule.event,
        priority: rule.priority ?? 1,
      });
  }

  /** Ids of the rules that fire for one subject's facts. */
  async run(facts: Record<string, FactValue>): Promise<string[]> {
    // A fresh null-prototype copy: fact names can never reach Object.prototype.
    const own: Record<string, FactValue> = Object.create(null) as Record<string, FactValue>;
    for (const key of Object.keys(facts)) own[key] = facts[key];
    const { events } = await this.engine.run(own);
    return events.map((e) => e.type);
  }
}

/** json-rules-engine as the check's rule engine: `prepareCheck(packs, profile, { engine: referenceEngine })`. */
export const referenceEngine: RuleEngine = (rules) => {
  const reference = new ReferenceEvaluator(rules);
  return (facts) => reference.run(facts);
};
