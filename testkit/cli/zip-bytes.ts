/** Builds zip files byte by byte for tests: real ones, and deliberately broken or lying ones. */
import { deflateRawSync } from 'zlib';
import { DEFAULT_LIMITS } from '../../src/cli/limits';
import { WorkbookPackage } from '../../src/cli/package/workbook-package';
import { crc32 } from '../../src/cli/zip/parallel-deflate';

export interface ZipSpec {
  name: string;
  data: Buffer | string;
  /** Store instead of deflate (an .ods `mimetype` entry is stored). */
  store?: boolean;
  /** Uncompressed size to declare instead of the real one (a zip bomb lies here). */
  declaredSize?: number;
}

export function buildZip(entries: ZipSpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    const data = e.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.store ? 0 : 8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.store ? 0 : 8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** The start of an OLE compound file, with a stream name written in UTF-16 as OLE directories hold them. */
export function oleFile(streamName: string): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  return Buffer.concat([header, Buffer.from(streamName, 'utf16le'), Buffer.alloc(64)]);
}

/**
 * A saved workbook with parts rewritten (the edit returns the new text) or taken out (it returns
 * null), zipped again. Every part named must be in the zip and must change, so a test cannot pass
 * on an edit that did nothing.
 */
export function rezip(bytes: Buffer, edits: Record<string, (text: string) => string | null>): Buffer {
  const zip = WorkbookPackage.open(bytes, DEFAULT_LIMITS);
  const missing = Object.keys(edits).filter((name) => !zip.names.includes(name));
  if (missing.length > 0) throw new Error(`no part ${missing.join(', ')} in the workbook`);
  const entries: ZipSpec[] = [];
  for (const name of zip.names) {
    if (name.endsWith('/')) continue;
    const data = zip.bytes(name) as Buffer;
    const edit = Object.prototype.hasOwnProperty.call(edits, name) ? edits[name] : undefined;
    if (!edit) {
      entries.push({ name, data });
      continue;
    }
    const text = edit(data.toString('utf8'));
    if (text === data.toString('utf8')) throw new Error(`the edit of ${name} changed nothing`);
    if (text !== null) entries.push({ name, data: text });
  }
  return buildZip(entries);
}
