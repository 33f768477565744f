/**
 * The proxy every fake Office.js object is built on, strict as Office.js is:
 *
 * - a property can be read only once it was loaded and a request has run (or after the code set it
 *   itself); before, reading it throws PropertyNotLoaded;
 * - `isNullObject` is known only after the request that reached the object has run;
 * - loads, property assignments and method calls are queued in order and reach the workbook when
 *   `context.sync()` runs them; what a load brings back is there only if the whole request succeeds.
 *
 * A proxy finds its object in the workbook (its target) when a request first needs it: a proxy a
 * method made is found in that method's place in the queue, so a sheet that does not exist fails
 * there, with ItemNotFound, as in Excel; a part of another proxy (`range.format`) is found through it.
 */
import { jsonBytes } from './payload-limits';
import { officeError, propertyNotLoaded } from './office-errors';
import { requireExcelApi } from './requirement-sets';
import type { RequestContext, RunningRequest } from './request-context';

/** A property: how a load reads it from the target and, if it can be set, how a write changes the target. */
export interface Scalar<T> {
  read(target: T, request: RunningRequest): unknown;
  write?(target: T, value: unknown): void;
  /** The ExcelApi version that brought it (1.1 when not given). */
  since?: string;
  /** Its value is a cell grid or like it: counted in the response's bytes. */
  counted?: boolean;
}

/** How a proxy finds its object while a request runs: null for a null object. */
export type Locate<T> = (request: RunningRequest) => T | null;

export interface ProxyOptions {
  /** Made by a method call: Excel finds the object in the method's place in the queue. */
  created?: boolean;
  /** The ExcelApi version of the method that made it, or of the whole type. */
  since?: string;
  /** The member to name in an error (`Worksheet.getRanges`). */
  member?: string;
  /** Bytes of JSON the method's arguments carry, when the fake counts them. */
  requestBytes?: number;
}

export abstract class ClientObject<T> {
  // Private fields (#) cannot clash with the Office.js properties defined on each proxy (`values`, `format`).
  #found?: { target: T | null };
  #nullKnown = false;
  /** Values loaded by a request that has run, or set by the code since. */
  readonly #values = new Map<string, unknown>();
  readonly #parts = new Map<string, ClientObject<unknown>>();
  readonly #partMakers = new Map<string, () => ClientObject<unknown>>();
  readonly #scalars: Record<string, Scalar<T>>;
  readonly #locate: Locate<T>;
  readonly #options: ProxyOptions;

  protected constructor(
    readonly context: RequestContext,
    protected readonly typeName: string,
    locate: Locate<T>,
    scalars: Record<string, Scalar<T>>,
    options: ProxyOptions = {},
  ) {
    this.#scalars = scalars;
    this.#locate = locate;
    this.#options = options;
    for (const [name, scalar] of Object.entries(scalars)) {
      Object.defineProperty(this, name, {
        enumerable: false,
        get: () => this.readValue(name),
        // Read-only properties have only a getter, so assigning one throws, as on an Office.js proxy.
        set: scalar.write ? (value: unknown) => this.#assign(name, scalar, value) : undefined,
      });
    }
    if (options.created) {
      context.host.proxyCount += 1;
      context.enqueue({ requestBytes: options.requestBytes ?? 0, run: (request) => void this.resolve(request) });
    }
  }

  /** Whether the object does not exist; known only once a request has reached it. */
  get isNullObject(): boolean {
    if (!this.#nullKnown) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.#found?.target === null;
  }

  /** Queues loading properties: "values,numberFormat", "format/font/bold", "items/name"; none for every property. */
  load(properties?: string | string[] | { select?: string }): this {
    const list =
      properties === undefined
        ? []
        : Array.isArray(properties)
          ? properties
          : typeof properties === 'string'
            ? properties.split(',')
            : (properties.select ?? '').split(',');
    const paths = list.map((path) => path.trim()).filter((path) => path !== '');
    if (paths.length === 0) this.loadPath([]);
    for (const path of paths) this.loadPath(path.split('/'));
    return this;
  }

  /** The loaded values as a plain object, as Office.js's toJSON gives them. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.#values);
  }

  /**
   * Loads one path: a property of this object, a path through one of its parts, or (empty) every
   * property. With `request`, at once, as part of a request already running (a collection's new items).
   */
  loadPath(path: readonly string[], request?: RunningRequest): void {
    const [head, ...rest] = path;
    if (head === undefined || head === '') {
      for (const name of Object.keys(this.#scalars)) this.loadPath([name], request);
      return;
    }
    const scalar = this.#scalars[head];
    if (scalar) {
      if (rest.length > 0)
        throw officeError('InvalidArgument', `${this.typeName}.${head} has no properties of its own`);
      if (request) this.#fetch(head, scalar, request);
      else this.context.enqueue({ requestBytes: 0, run: (running) => this.#fetch(head, scalar, running) });
      return;
    }
    if (this.#partMakers.has(head)) {
      this.#part(head).loadPath(rest, request);
      return;
    }
    throw officeError('InvalidArgument', `${this.typeName} has no property '${head}' to load`);
  }

  /** Declares a part reached through a property (`range.format`): made once, found through this proxy. */
  protected definePart(name: string, make: () => ClientObject<unknown>): void {
    this.#partMakers.set(name, make);
    Object.defineProperty(this, name, { enumerable: false, get: () => this.#part(name) });
  }

  #part(name: string): ClientObject<unknown> {
    let proxy = this.#parts.get(name);
    if (!proxy) {
      proxy = (this.#partMakers.get(name) as () => ClientObject<unknown>)();
      this.#parts.set(name, proxy);
    }
    return proxy;
  }

  /** The object, found the first time a request needs it; null for a null object. */
  resolve(request: RunningRequest): T | null {
    if (!this.#found) {
      requireExcelApi(this.context.host.requirements, this.#options.since, this.#options.member ?? this.typeName);
      this.#found = { target: this.#locate(request) };
    }
    request.reached(() => {
      this.#nullKnown = true;
    });
    const target = this.#found.target;
    if (target !== null && this.isGone?.(target)) throw officeError('ItemNotFound', undefined, this.typeName);
    return target;
  }

  /** The object, which must exist for `member` to act on it. */
  protected existing(request: RunningRequest, member: string): T {
    const target = this.resolve(request);
    if (target === null) throw officeError('ItemNotFound', undefined, `${this.typeName}.${member}`);
    return target;
  }

  /** Whether the object was deleted since the proxy found it (a sheet, a rule). */
  protected isGone?(target: T): boolean;

  /** Queues a method call that acts on the object when the request runs. */
  protected act(member: string, since: string | undefined, run: (target: T, request: RunningRequest) => void): void {
    this.context.enqueue({
      requestBytes: 0,
      run: (request) => {
        requireExcelApi(this.context.host.requirements, since, `${this.typeName}.${member}`);
        run(this.existing(request, member), request);
      },
    });
  }

  /** Marks a loaded value for delivery once the request succeeds (a collection's items). */
  protected deliver(request: RunningRequest, name: string, value: unknown): void {
    request.onSuccess(() => this.#values.set(name, value));
  }

  #fetch(name: string, scalar: Scalar<T>, request: RunningRequest): void {
    requireExcelApi(this.context.host.requirements, scalar.since, `${this.typeName}.${name}`);
    const target = this.resolve(request);
    const value = target === null ? null : scalar.read(target, request);
    if (scalar.counted) request.responseBytes += jsonBytes(value);
    this.deliver(request, name, value);
  }

  protected readValue(name: string): unknown {
    if (this.#values.has(name)) return this.#values.get(name);
    // Office.js gives a null object's properties without complaint.
    if (this.#nullKnown && this.#found?.target === null) return undefined;
    throw propertyNotLoaded(this.typeName, name);
  }

  #assign(name: string, scalar: Scalar<T>, value: unknown): void {
    // As on an Office.js proxy, what the code set can be read back before it is sent.
    this.#values.set(name, value);
    this.context.enqueue({
      requestBytes: jsonBytes(value),
      run: (request) => {
        requireExcelApi(this.context.host.requirements, scalar.since, `${this.typeName}.${name}`);
        (scalar.write as (target: T, value: unknown) => void)(this.existing(request, name), value);
      },
    });
  }
}

/** A proxy that is only properties and parts (a protection, a fill, a rule). */
export class PlainProxy<T> extends ClientObject<T> {
  constructor(
    context: RequestContext,
    typeName: string,
    locate: Locate<T>,
    scalars: Record<string, Scalar<T>>,
    options: ProxyOptions = {},
    parts: Record<string, (self: PlainProxy<T>) => ClientObject<unknown>> = {},
  ) {
    super(context, typeName, locate, scalars, options);
    for (const [name, make] of Object.entries(parts)) this.definePart(name, () => make(this));
  }
}
