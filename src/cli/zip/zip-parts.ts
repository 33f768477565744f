/**
 * A zip's parts, read once and written back with some parts' text replaced. Used to correct
 * what exceljs saved (internal-hyperlinks.ts) and to write the parts exceljs is not given
 * (report-part.ts, flag-cells.ts) in one pass.
 *
 * Saving compresses with Node's native zlib: what exceljs renders arrives stored, not deflated
 * (exceljs-parts.ts), which spares its JavaScript deflate (a large share of a big save), and every
 * stored part is deflated here instead, in pieces on the thread pool (parallel-deflate.ts). Parts
 * already deflated are copied as they are.
 */
import * as zlib from 'zlib';
import { entryData, readCentralDirectory, type ZipEntry } from './central-directory';
import { crc32, deflateInPieces, type DeflatedPart } from './parallel-deflate';

export { crc32 };

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

/**
 * The fields a local header and a central directory header share, in the same order, from
 * "version needed" to the name's length; `at` is where they start (4 local, 6 central).
 */
function writeShared(h: Buffer, e: ZipEntry, name: Buffer, at: number): void {
  h.writeUInt16LE(20, at);
  h.writeUInt16LE(e.flags & 0x0800, at + 2); // keep only "name is UTF-8"; sizes are in the headers
  h.writeUInt16LE(e.method, at + 4);
  h.writeUInt16LE(e.modTime, at + 6);
  h.writeUInt16LE(e.modDate, at + 8);
  h.writeUInt32LE(e.crc32, at + 10);
  h.writeUInt32LE(e.compressedSize, at + 14);
  h.writeUInt32LE(e.uncompressedSize, at + 18);
  h.writeUInt16LE(name.length, at + 22);
}

function localHeader(e: ZipEntry, name: Buffer): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  writeShared(h, e, name, 4);
  return Buffer.concat([h, name]);
}

function centralHeader(e: ZipEntry, name: Buffer, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4); // version made by
  writeShared(h, e, name, 6);
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

/**
 * A zip of the given parts, stored rather than deflated, with the CRC-32 each part already has.
 * Handed to exceljs to read: the parts were expanded natively while the file was vetted, so
 * JSZip need not expand them again with its JavaScript inflate.
 */
export function storedZip(parts: readonly { entry: ZipEntry; data: Buffer }[]): Buffer {
  return assemble(
    parts.map(({ entry, data }) => ({
      entry: { ...entry, method: 0, compressedSize: data.length, uncompressedSize: data.length },
      data,
    })),
  );
}

/** A stored zip of named parts, in their order (what exceljs renders, see exceljs-parts.ts). */
export function zipOfParts(parts: ReadonlyMap<string, Buffer>): Buffer {
  return assemble(
    [...parts].map(([name, data]) => ({
      entry: {
        ...newEntry(name),
        method: 0,
        crc32: crc32(data),
        compressedSize: data.length,
        uncompressedSize: data.length,
      },
      data,
    })),
  );
}

/** A replaced part: its bytes and, once started, its deflate. */
interface Replacement {
  raw: Buffer;
  deflated?: Promise<DeflatedPart>;
}

export class ZipParts {
  private readonly entries: ZipEntry[];
  private readonly byName: Map<string, ZipEntry>;
  private readonly texts = new Map<string, string>();
  private readonly replaced = new Map<string, Replacement>();

  constructor(private readonly buf: Buffer) {
    this.entries = readCentralDirectory(buf, Number.MAX_SAFE_INTEGER);
    this.byName = new Map(this.entries.map((e) => [e.name, e] as const));
  }

  get names(): string[] {
    return this.entries.map((e) => e.name);
  }

  /** A part's bytes as they now stand (replaced, or as in the zip); undefined if there is no such part. */
  bytes(name: string): Buffer | undefined {
    const replaced = this.replaced.get(name);
    if (replaced) return replaced.raw;
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
    this.replaced.set(name, { raw: typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents });
    this.texts.delete(name);
  }

  get changed(): boolean {
    return this.replaced.size > 0;
  }

  /**
   * Starts deflating every part replaced so far, on the thread pool, so that it overlaps whatever
   * the main thread does next. For parts whose contents are final; save() picks the results up.
   */
  settle(): void {
    for (const replacement of this.replaced.values()) {
      if (replacement.deflated) continue;
      replacement.deflated = deflateInPieces(replacement.raw);
      replacement.deflated.catch(() => undefined);
    }
  }

  /** The zip with replaced parts and stored parts deflated, on the thread pool. */
  async save(): Promise<Buffer> {
    this.settle();
    const jobs: Promise<Written>[] = this.entries.map(async (entry) => {
      const replaced = this.replaced.get(entry.name);
      if (replaced?.deflated) return deflatedEntry(entry, await replaced.deflated);
      const data = entryData(this.buf, entry);
      if (entry.method !== 0 || entry.name.endsWith('/') || COMPRESSED_MEDIA.test(entry.name)) return { entry, data };
      return deflatedEntry(entry, await deflateInPieces(data, entry.crc32));
    });
    for (const [name, replaced] of this.replaced) {
      if (!this.byName.has(name) && replaced.deflated)
        jobs.push(replaced.deflated.then((part) => deflatedEntry(newEntry(name), part)));
    }
    return assemble(await Promise.all(jobs));
  }

  /**
   * The zip with replaced parts stored, not deflated, and every other part as it was: for small
   * corrections to a zip that is about to be read, not saved.
   */
  saveStored(): Buffer {
    const stored = (entry: ZipEntry, raw: Buffer): Written => ({
      entry: { ...entry, method: 0, crc32: crc32(raw), compressedSize: raw.length, uncompressedSize: raw.length },
      data: raw,
    });
    const written: Written[] = this.entries.map((entry) => {
      const raw = this.replaced.get(entry.name)?.raw;
      return raw ? stored(entry, raw) : { entry, data: entryData(this.buf, entry) };
    });
    for (const [name, replaced] of this.replaced)
      if (!this.byName.has(name)) written.push(stored(newEntry(name), replaced.raw));
    return assemble(written);
  }
}

function deflatedEntry(entry: ZipEntry, part: DeflatedPart): Written {
  return {
    entry: { ...entry, method: 8, crc32: part.crc, compressedSize: part.data.length, uncompressedSize: part.size },
    data: part.data,
  };
}
