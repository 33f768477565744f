/**
 * A fake Office.js collection: its `items` exist only after the request that loaded them has run,
 * as in Office.js, each item a proxy of its own with the properties asked for
 * (`load('items/name,items/visibility')` asks once for both).
 */
import { ClientObject, Locate, ProxyOptions, Scalar } from './client-object';
import type { RequestContext, RunningRequest } from './request-context';

export abstract class CollectionProxy<T, Item extends ClientObject<unknown>> extends ClientObject<T> {
  /** The item paths asked for in the request being built, all answered by one load of the items. */
  #pending?: { generation: number; paths: (readonly string[])[] };

  protected constructor(
    context: RequestContext,
    typeName: string,
    locate: Locate<T>,
    scalars: Record<string, Scalar<T>>,
    options?: ProxyOptions,
  ) {
    super(context, typeName, locate, scalars, options);
  }

  /** The items the last request loaded; reading them before then throws PropertyNotLoaded. */
  get items(): Item[] {
    return this.readValue('items') as Item[];
  }

  /** Proxies for the collection's items as they are when the request runs. */
  protected abstract itemsOf(target: T): Item[];

  override loadPath(path: readonly string[], request?: RunningRequest): void {
    const [head, ...rest] = path.length === 0 ? ['items'] : path;
    if (head !== 'items') {
      super.loadPath(path, request);
      return;
    }
    if (request) {
      this.#fetchItems([rest], request);
      return;
    }
    if (!this.#pending || this.#pending.generation !== this.context.generation) {
      const pending = { generation: this.context.generation, paths: [] as (readonly string[])[] };
      this.#pending = pending;
      this.context.enqueue({ requestBytes: 0, run: (running) => this.#fetchItems(pending.paths, running) });
    }
    this.#pending.paths.push(rest);
  }

  #fetchItems(paths: readonly (readonly string[])[], request: RunningRequest): void {
    const target = this.resolve(request);
    const items = target === null ? [] : this.itemsOf(target);
    this.context.host.proxyCount += items.length;
    for (const item of items) {
      item.resolve(request);
      for (const path of paths) item.loadPath(path, request);
    }
    this.deliver(request, 'items', items);
  }
}
