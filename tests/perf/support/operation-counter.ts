/**
 * Counts the work a check does, without timing anything: every cell read from the snapshot (its
 * rows are Proxies that count index reads), attributed to the stage that made it, and calls to
 * functions the test wraps. Stages are marked by wrapping the core's stage functions, which
 * check.ts calls through their modules, so the check itself runs unchanged.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';

export class OperationCounter {
  private stage = 'other';
  readonly reads = new Map<string, number>();
  readonly calls = new Map<string, number>();

  read(): void {
    this.reads.set(this.stage, (this.reads.get(this.stage) ?? 0) + 1);
  }

  call(name: string): void {
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
  }

  /** Runs `work` as `stage` (until its promise settles, for async work), then goes back to the outer stage. */
  within<T>(stage: string, work: () => T): T {
    const outer = this.stage;
    this.stage = stage;
    let result: T;
    try {
      result = work();
    } catch (error) {
      this.stage = outer;
      throw error;
    }
    if (result instanceof Promise) {
      return result.finally(() => {
        this.stage = outer;
      }) as T;
    }
    this.stage = outer;
    return result;
  }

  get totalReads(): number {
    let n = 0;
    for (const v of this.reads.values()) n += v;
    return n;
  }
}

/** An array whose index reads are counted (for…of, forEach, map and a[i] all read through indexes). */
export function countedArray<T>(array: T[], onRead: () => void): T[] {
  return new Proxy(array, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) onRead();
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

function countedSheet(sheet: SheetSnapshot, counter: OperationCounter): SheetSnapshot {
  const onRead = (): void => counter.read();
  return {
    ...sheet,
    values: sheet.values.map((row) => countedArray(row, onRead)),
    numberFormats: sheet.numberFormats?.map((row) => countedArray(row, onRead)),
  };
}

/**
 * A sheet made from a counted one (its cells made plain): the rows it made are counted too, the
 * rows it kept are counted already.
 */
export function countedDerived(derived: SheetSnapshot, from: SheetSnapshot, counter: OperationCounter): SheetSnapshot {
  if (derived === from) return derived;
  const onRead = (): void => counter.read();
  const wrap = <T>(rows: T[][], old: T[][] | undefined): T[][] =>
    rows.map((row, i) => (row === old?.[i] || row === undefined ? row : countedArray(row, onRead)));
  return {
    ...derived,
    values: wrap(derived.values, from.values),
    numberFormats: derived.numberFormats && wrap(derived.numberFormats, from.numberFormats),
  };
}

export function countedWorkbook(snapshot: WorkbookSnapshot, counter: OperationCounter): WorkbookSnapshot {
  return { ...snapshot, sheets: snapshot.sheets.map((s) => countedSheet(s, counter)) };
}

type AnyFunction = (...args: never[]) => unknown;

/**
 * Replaces `module[name]` for this test with a wrapper that counts the call and runs the original
 * inside `stage` (jest.spyOn, so jest.restoreAllMocks puts it back).
 */
export function instrument<M extends object>(
  module: M,
  name: keyof M & string,
  counter: OperationCounter,
  stage?: string,
  /** Lets the test count reads of an argument too (the findings a flag plan is built from). */
  mapArgs: (args: never[]) => never[] = (args) => args,
): void {
  const original = module[name] as unknown as AnyFunction;
  const wrapper = function (this: unknown, ...given: never[]): unknown {
    counter.call(name);
    const args = mapArgs(given);
    return stage ? counter.within(stage, () => original.apply(this, args)) : original.apply(this, args);
  };
  jest.spyOn(module as Record<string, AnyFunction>, name).mockImplementation(wrapper);
}
