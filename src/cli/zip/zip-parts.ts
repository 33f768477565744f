/**
 * A zip's parts, read once and written back with some parts' text replaced. Used to correct
 * what exceljs saved (internal-hyperlinks.ts) and to write the parts exceljs is not given
 * (report-part.ts, flag-cells.ts) in one pass.
 *
 * Saving compresses with Node's native zlib: exceljs can be asked to store its parts
 * uncompressed, which spares its JavaScript deflate (a large share of a big save), and they are
 * deflated here instead, in parallel on the thread pool. Entries already deflated are copied as
 * they are.
 */
import * as zlib from 'zlib';
import { promisify } from 'util';
import { entryData, readCentralDirectory, type ZipEntry } from './central-directory';

const deflateRaw = promisify(zlib.deflateRaw);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Buffer): number {
  // zlib's own (Node 20.15 and later) is native: the report sheet's part is tens of megabytes.
  if (typeof zlib.crc32 === 'function') return zlib.crc32(data) >>> 0;
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Text of an entry (stored or deflated). */
export function readEntryText(buf: Buffer, entry: ZipEntry): string {
  const data = entryData(buf, entry);
  return (entry.method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
}

/** Already-compressed media gain nothing from deflate. */
const COMPRESSED_MEDIA = /\.(png|jpe?g|gif|tiff?|wdp|mp[34]|zip)$/i;

/** 1 January 1980, the earliest date a zip can hold, for entries this module adds. */
const DOS_EPOCH_DATE = (1 << 5) | 1;

interface Written {
  entry: ZipEntry;
  data: Buffer;
}

function localHeader(e: ZipEntry, name: Buffer): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(e.flags & 0x0800, 6); // keep only "name is UTF-8"; sizes are in this header
  h.writeUInt16LE(e.method, 8);
  h.writeUInt16LE(e.modTime, 10);
  h.writeUInt16LE(e.modDate, 12);
  h.writeUInt32LE(e.crc32, 14);
  h.writeUInt32LE(e.compressedSize, 18);
  h.writeUInt32LE(e.uncompressedSize, 22);
  h.writeUInt16LE(name.length, 26);
  h.writeUInt16LE(0, 28);
  return Buffer.concat([h, name]);
}

function centralHeader(e: ZipEntry, name: Buffer, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(e.flags & 0x0800, 8);
  h.writeUInt16LE(e.method, 10);
  h.writeUInt16LE(e.modTime, 12);
  h.writeUInt16LE(e.modDate, 14);
  h.writeUInt32LE(e.crc32, 16);
  h.writeUInt32LE(e.compressedSize, 20);
  h.writeUInt32LE(e.uncompressedSize, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, name]);
}

function assemble(written: readonly Written[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { entry, data } of written) {
    const name = Buffer.from(entry.name, 'utf8');
    const header = localHeader(entry, name);
    central.push(centralHeader(entry, name, offset));
    parts.push(header, data);
    offset += header.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

function newEntry(name: string): ZipEntry {
  return {
    name,
    method: 8,
    compressedSize: 0,
    uncompressedSize: 0,
    localHeaderOffset: 0,
    encrypted: false,
    flags: 0x0800,
    crc32: 0,
    modTime: 0,
    modDate: DOS_EPOCH_DATE,
  };
}

/** What to do with one entry when saving: keep its bytes, or deflate these raw bytes. */
type Plan = { entry: ZipEntry; keep: Buffer } | { entry: ZipEntry; raw: Buffer; crc: number };

/** A part being deflated on the thread pool while the main thread goes on. */
interface Deflating {
  raw: Buffer;
  crc: number;
  data: Promise<Buffer>;
}

export class ZipParts {
  private readonly entries: ZipEntry[];
  private readonly byName: Map<string, ZipEntry>;
  private readonly texts = new Map<string, string>();
  /** New contents of replaced or added parts, as bytes. */
  private readonly replaced = new Map<string, Buffer>();
  /** Replaced parts already being deflated (see settle). */
  private readonly deflating = new Map<string, Deflating>();

  constructor(private readonly buf: Buffer) {
    this.entries = readCentralDirectory(buf, Number.MAX_SAFE_INTEGER);
    this.byName = new Map(this.entries.map((e) => [e.name, e] as const));
  }

  get names(): string[] {
    return this.entries.map((e) => e.name);
  }

  has(name: string): boolean {
    return this.byName.has(name) || this.replaced.has(name);
  }

  /** A part's bytes as they now stand (replaced, or as in the zip); undefined if there is no such part. */
  bytes(name: string): Buffer | undefined {
    const replaced = this.replaced.get(name);
    if (replaced !== undefined) return replaced;
    const entry = this.byName.get(name);
    if (!entry) return undefined;
    const data = entryData(this.buf, entry);
    return entry.method === 8 ? zlib.inflateRawSync(data) : data;
  }

  /** A part's text as it now stands; undefined if there is no such part. */
  text(name: string): string | undefined {
    let text = this.texts.get(name);
    if (text === undefined) {
      text = this.bytes(name)?.toString('utf8');
      if (text !== undefined) this.texts.set(name, text);
    }
    return text;
  }

  /** Replaces a part's contents (or adds the part at the end of the zip). */
  replace(name: string, contents: string | Buffer): void {
    this.replaced.set(name, typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents);
    this.texts.delete(name);
    this.deflating.delete(name);
  }

  /**
   * Starts deflating a replaced part now, on the thread pool, so it overlaps whatever the main
   * thread does next; for a part whose text is final. save() picks the result up.
   */
  settle(name: string): void {
    const raw = this.replaced.get(name);
    if (raw === undefined || this.deflating.has(name)) return;
    const data = deflateRaw(raw);
    data.catch(() => undefined); // awaited in save(); this only keeps an early failure from being unhandled
    this.deflating.set(name, { raw, crc: crc32(raw), data });
  }

  get changed(): boolean {
    return this.replaced.size > 0;
  }

  private plans(deflateStored: boolean): Plan[] {
    const plans: Plan[] = this.entries.map((entry) => {
      const raw = this.replaced.get(entry.name);
      const early = this.deflating.get(entry.name);
      if (early) return { entry, raw: early.raw, crc: early.crc };
      if (raw !== undefined) return { entry, raw, crc: crc32(raw) };
      const data = entryData(this.buf, entry);
      if (entry.method === 0 && deflateStored && !COMPRESSED_MEDIA.test(entry.name))
        return { entry, raw: data, crc: entry.crc32 };
      return { entry, keep: data };
    });
    for (const [name, raw] of this.replaced) {
      if (this.byName.has(name)) continue;
      const early = this.deflating.get(name);
      plans.push({ entry: newEntry(name), raw, crc: early ? early.crc : crc32(raw) });
    }
    return plans;
  }

  /** settle() for every part replaced so far. */
  settleAll(): void {
    for (const name of this.replaced.keys()) this.settle(name);
  }

  /** The zip with replaced parts and (by default) stored parts deflated, on the thread pool. */
  async save(options: { deflateStored?: boolean } = {}): Promise<Buffer> {
    const written = await Promise.all(
      this.plans(options.deflateStored ?? true).map(async (plan): Promise<Written> => {
        if ('keep' in plan) return { entry: plan.entry, data: plan.keep };
        const early = this.deflating.get(plan.entry.name);
        if (early) return deflatedEntry(plan.entry, early.raw, early.crc, await early.data);
        return deflatedEntry(plan.entry, plan.raw, plan.crc, await deflateRaw(plan.raw));
      }),
    );
    return assemble(written);
  }

  /** As save, synchronously, leaving stored parts stored (for small corrections before reading). */
  saveSync(): Buffer {
    return assemble(
      this.plans(false).map((plan) =>
        'keep' in plan
          ? { entry: plan.entry, data: plan.keep }
          : deflatedEntry(plan.entry, plan.raw, plan.crc, zlib.deflateRawSync(plan.raw)),
      ),
    );
  }
}

function deflatedEntry(entry: ZipEntry, raw: Buffer, crc: number, data: Buffer): Written {
  return {
    entry: { ...entry, method: 8, crc32: crc, compressedSize: data.length, uncompressedSize: raw.length },
    data,
  };
}
