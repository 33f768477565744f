/**
 * A workbook's zip package, vetted and expanded once (zip/inspect-workbook.ts), whose parts can be
 * replaced, added or removed. Saving copies every part that was not changed exactly as it was in
 * the file (its compressed bytes, CRC and date), deflates the changed ones with Node's native zlib
 * on the thread pool, and writes the container with fflate.
 */
import { Zip, type ZipInputFile } from 'fflate';
import { entryData, type ZipEntry } from '../zip/central-directory';
import { inspectWorkbookBytes } from '../zip/inspect-workbook';
import { crc32, DEFLATE_PIECE, deflateInPieces, type DeflatedPart } from '../zip/parallel-deflate';
import type { ReadLimits } from '../limits';

/** 1 January 1980, the earliest date a zip can hold, for parts Concordat adds. */
const NEW_PART_DATE = new Date(1980, 0, 1);
/** Already-compressed media gain nothing from deflate. */
const COMPRESSED_MEDIA = /\.(png|jpe?g|gif|tiff?|wdp|mp[34]|zip)$/i;

function dosDate(entry: ZipEntry): Date {
  const d = entry.modDate;
  const t = entry.modTime;
  const date = new Date((d >> 9) + 1980, ((d >> 5) & 15) - 1, d & 31, t >> 11, (t >> 5) & 63, (t & 31) * 2);
  return Number.isNaN(date.getTime()) || date.getFullYear() < 1980 ? NEW_PART_DATE : date;
}

/**
 * A part's bytes with their deflating already under way, as a big part is built (xml-chunks.ts).
 * Its bytes are read only when something needs them whole: saving needs only the deflated part.
 */
export interface BuiltPart {
  readonly bytes: Buffer;
  deflated: Promise<DeflatedPart>;
}

interface Output {
  name: string;
  size: number;
  crc: number;
  method: number;
  date: Date;
  data: Buffer;
}

/** Finished parts, each handed to fflate as it is: fflate writes the zip's headers around them. */
function writeZip(outputs: readonly Output[]): Buffer {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const out of outputs) {
    const file: ZipInputFile = {
      filename: out.name,
      size: out.size,
      crc: out.crc,
      compression: out.method,
      mtime: out.date,
    };
    zip.add(file);
    // fflate types its chunks over a plain ArrayBuffer; a Buffer may sit in a shared pool.
    file.ondata?.(null, out.data as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}

export class WorkbookPackage {
  private readonly entries: ZipEntry[];
  private readonly parts: Map<string, Buffer>;
  private readonly changed = new Map<string, Buffer | BuiltPart>();
  private readonly removed = new Set<string>();
  private readonly added: string[] = [];
  private readonly texts = new Map<string, string>();
  /** Changed parts whose deflating has started: big ones start when set, so it runs while the rest is made. */
  private readonly deflating = new Map<string, Promise<DeflatedPart>>();

  private constructor(
    private readonly source: Buffer,
    inspection: { entries: ZipEntry[]; parts: Map<string, Buffer> },
  ) {
    this.entries = inspection.entries.filter((e) => !e.name.endsWith('/'));
    this.parts = inspection.parts;
  }

  /** Vets the file's bytes (refusing what is not a safe .xlsx, in one line) and opens its package. */
  static open(bytes: Buffer, limits: ReadLimits): WorkbookPackage {
    return new WorkbookPackage(bytes, inspectWorkbookBytes(bytes, limits));
  }

  has(name: string): boolean {
    return !this.removed.has(name) && (this.changed.has(name) || this.parts.has(name));
  }

  bytes(name: string): Buffer | undefined {
    if (this.removed.has(name)) return undefined;
    const changed = this.changed.get(name);
    if (changed === undefined) return this.parts.get(name);
    return Buffer.isBuffer(changed) ? changed : changed.bytes;
  }

  /** A part's text; undefined when there is no such part. */
  text(name: string): string | undefined {
    let text = this.texts.get(name);
    if (text === undefined) {
      text = this.bytes(name)?.toString('utf8');
      if (text !== undefined) this.texts.set(name, text);
    }
    return text;
  }

  /** Replaces a part, or adds it at the end of the package. */
  set(name: string, contents: string | Buffer | BuiltPart): void {
    const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
    if (!this.parts.has(name) && !this.changed.has(name)) this.added.push(name);
    this.removed.delete(name);
    this.changed.set(name, bytes);
    if (typeof contents === 'string') this.texts.set(name, contents);
    else this.texts.delete(name);
    this.deflating.delete(name);
    const deflated = !Buffer.isBuffer(bytes)
      ? bytes.deflated
      : bytes.length > DEFLATE_PIECE && !COMPRESSED_MEDIA.test(name)
        ? deflateInPieces(bytes)
        : undefined;
    if (deflated) {
      // A part set again before saving is deflated again; the earlier result is not waited for.
      deflated.catch(() => undefined);
      this.deflating.set(name, deflated);
    }
  }

  remove(name: string): void {
    this.removed.add(name);
    this.changed.delete(name);
    this.texts.delete(name);
    this.deflating.delete(name);
  }

  /** Names of the parts, in package order. */
  get names(): string[] {
    const names = [...this.entries.map((e) => e.name), ...this.added];
    return names.filter((name) => this.has(name));
  }

  /** Names of the parts replaced, added or removed since the package was opened. */
  get touched(): string[] {
    return [...this.changed.keys(), ...this.removed];
  }

  /** The package as .xlsx bytes: unchanged parts copied as they were, changed ones deflated. */
  async save(): Promise<Buffer> {
    const byName = new Map(this.entries.map((e) => [e.name, e] as const));
    const outputs = await Promise.all(
      this.names.map(async (name): Promise<Output> => {
        const entry = byName.get(name);
        const replaced = this.changed.get(name);
        if (entry && !replaced) {
          const data = entryData(this.source, entry);
          return {
            name,
            size: entry.uncompressedSize,
            crc: entry.crc32,
            method: entry.method,
            date: dosDate(entry),
            data,
          };
        }
        const raw = () => this.bytes(name) as Buffer;
        const date = entry ? dosDate(entry) : NEW_PART_DATE;
        if (COMPRESSED_MEDIA.test(name)) {
          const data = raw();
          return { name, size: data.length, crc: crc32(data), method: 0, date, data };
        }
        const part = await (this.deflating.get(name) ?? deflateInPieces(raw()));
        return { name, size: part.size, crc: part.crc, method: 8, date, data: part.data };
      }),
    );
    return writeZip(outputs);
  }
}
