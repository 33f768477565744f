/**
 * Rebuilds a zip with some entries' contents replaced: every other entry's compressed bytes are
 * copied as they are. Used to correct a few XML parts of what exceljs saved (see
 * internal-hyperlinks.ts), so the rest of the file is byte-for-byte what exceljs wrote.
 */
import * as zlib from 'zlib';
import { deflateRawSync, inflateRawSync } from 'zlib';
import { entryData, readCentralDirectory, type ZipEntry } from './central-directory';

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
  return (entry.method === 8 ? inflateRawSync(data) : data).toString('utf8');
}

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

/** 1 January 1980, the earliest date a zip can hold, for entries this module adds. */
const DOS_EPOCH_DATE = (1 << 5) | 1;

function deflated(entry: ZipEntry, text: string): Written {
  const raw = Buffer.from(text, 'utf8');
  const data = deflateRawSync(raw);
  return {
    entry: { ...entry, method: 8, crc32: crc32(raw), compressedSize: data.length, uncompressedSize: raw.length },
    data,
  };
}

/**
 * A new zip in which each entry named in `replacements` holds the given text instead; names the
 * zip does not have yet are added at the end.
 */
export function rewriteEntries(buf: Buffer, replacements: ReadonlyMap<string, string>): Buffer {
  const existing = readCentralDirectory(buf, Number.MAX_SAFE_INTEGER);
  const written: Written[] = existing.map((entry) => {
    const text = replacements.get(entry.name);
    return text === undefined ? { entry, data: entryData(buf, entry) } : deflated(entry, text);
  });
  const names = new Set(existing.map((e) => e.name));
  for (const [name, text] of replacements) {
    if (names.has(name)) continue;
    const blank: ZipEntry = {
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
    written.push(deflated(blank, text));
  }
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
