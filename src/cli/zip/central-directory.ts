/**
 * A small reader for a zip's central directory, used to vet a file before anything reads it: what entries it declares, how big they say they are, and whether the file is whole.
 */
import { InputError } from '../input-error';

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate (the only methods an .xlsx uses). */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
  /** General-purpose flags, CRC-32 and DOS time/date, kept so an entry can be copied unchanged. */
  flags: number;
  crc32: number;
  modTime: number;
  modDate: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_COMMENT = 0xffff;
const U32_MAX = 0xffffffff;

interface DirectoryLocation {
  entryCount: number;
  offset: number;
  size: number;
  /** Where the end record starts: the central directory must end before it. */
  endOffset: number;
}

function findEndRecord(buf: Buffer): number {
  const lowest = Math.max(0, buf.length - EOCD_SIZE - MAX_COMMENT);
  for (let i = buf.length - EOCD_SIZE; i >= lowest; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

function readU64(buf: Buffer, offset: number): number {
  const value = buf.readBigUInt64LE(offset);
  if (value > BigInt(Number.MAX_SAFE_INTEGER))
    throw new InputError('input.damaged', 'is damaged (a zip size is impossibly large)');
  return Number(value);
}

function locateDirectory(buf: Buffer): DirectoryLocation {
  const eocd = findEndRecord(buf);
  if (eocd < 0) throw new InputError('input.damaged', 'is truncated or damaged (the zip end record is missing)');
  let entryCount = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  let endOffset = eocd;
  const locator = eocd - 20;
  if (locator >= 0 && buf.readUInt32LE(locator) === ZIP64_LOCATOR_SIGNATURE) {
    // Zip64: the real counts live in a second end record that the locator points at.
    const record = readU64(buf, locator + 8);
    if (record + 56 > locator || buf.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE) {
      throw new InputError('input.damaged', 'is truncated or damaged (the zip64 end record is missing)');
    }
    entryCount = readU64(buf, record + 32);
    size = readU64(buf, record + 40);
    offset = readU64(buf, record + 48);
    endOffset = record;
  }
  if (offset + size > endOffset) {
    throw new InputError('input.damaged', 'is truncated or damaged (the zip directory runs past the end of the file)');
  }
  return { entryCount, offset, size, endOffset };
}

/** Sizes and offset of 0xFFFFFFFF mean "see the zip64 extra field", in this order. */
function applyZip64Extra(buf: Buffer, start: number, end: number, entry: ZipEntry): void {
  let p = start;
  while (p + 4 <= end) {
    const id = buf.readUInt16LE(p);
    const length = buf.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const fieldEnd = Math.min(end, q + length);
      if (entry.uncompressedSize === U32_MAX && q + 8 <= fieldEnd) {
        entry.uncompressedSize = readU64(buf, q);
        q += 8;
      }
      if (entry.compressedSize === U32_MAX && q + 8 <= fieldEnd) {
        entry.compressedSize = readU64(buf, q);
        q += 8;
      }
      if (entry.localHeaderOffset === U32_MAX && q + 8 <= fieldEnd) {
        entry.localHeaderOffset = readU64(buf, q);
      }
      return;
    }
    p += 4 + length;
  }
}

/**
 * Lists the entries the central directory declares. Stops early (with an InputError) once more
 * than `maxEntries` are declared, so an absurd directory is never walked in full.
 */
export function readCentralDirectory(buf: Buffer, maxEntries: number): ZipEntry[] {
  const dir = locateDirectory(buf);
  if (dir.entryCount > maxEntries) {
    throw new InputError(
      'limit.package',
      `has ${dir.entryCount.toLocaleString('en-GB')} zip entries, more than the ${maxEntries.toLocaleString('en-GB')} a workbook could need; refusing it`,
    );
  }
  const entries: ZipEntry[] = [];
  let p = dir.offset;
  const end = dir.offset + dir.size;
  for (let i = 0; i < dir.entryCount; i++) {
    if (p + 46 > end || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE) {
      throw new InputError('input.damaged', 'is damaged (the zip directory is shorter than it says)');
    }
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const nameStart = p + 46;
    const entry: ZipEntry = {
      name: buf.toString('utf8', nameStart, nameStart + nameLength),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
      encrypted: (buf.readUInt16LE(p + 8) & 1) === 1,
      flags: buf.readUInt16LE(p + 8),
      crc32: buf.readUInt32LE(p + 16),
      modTime: buf.readUInt16LE(p + 12),
      modDate: buf.readUInt16LE(p + 14),
    };
    applyZip64Extra(buf, nameStart + nameLength, nameStart + nameLength + extraLength, entry);
    if (entry.localHeaderOffset + 30 > dir.offset) {
      throw new InputError('input.damaged', `is truncated or damaged (zip entry ${entry.name} lies outside the file)`);
    }
    entries.push(entry);
    p = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, located through its local header. */
export function entryData(buf: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL_SIGNATURE) {
    throw new InputError('input.damaged', `is damaged (zip entry ${entry.name} has no local header)`);
  }
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new InputError('input.damaged', `is truncated (zip entry ${entry.name} is cut short)`);
  return buf.subarray(start, end);
}
