/**
 * Bounds on what a PDF may make the reader do, checked before pdf.js sees the file and while pages are
 * read. pdf.js has no hook to cap what it decodes: a 2 kB stream can inflate to a gigabyte, and a
 * content stream nested 20,000 arrays deep overflows its parser's stack, after which it returns the
 * page without text — the page then looks like a scan. So the raw file is scanned here first: every
 * stream is decoded with a bounded decoder (zlib's maxOutputLength, or by counting) and its syntax
 * nesting measured. Exceeding a bound is PDF_TOO_COMPLEX with a message naming the bound.
 *
 * Pure: bytes in, an exception or nothing out. Encrypted streams cannot be decoded before decryption;
 * they pass here and are bounded by the extraction worker's time budget and memory ceiling instead.
 */
import { constants, inflateSync } from 'node:zlib';
import { ExtractionError } from '../errors.ts';

export interface GuardLimits {
  /** Decoded size of any stream that is not an image (content, fonts, metadata, object streams). */
  maxStreamBytes: number;
  /** Decoded size of an image stream (a 600-dpi colour A4 page is ~105 MB). */
  maxImageStreamBytes: number;
  /** Depth of nested arrays and dictionaries, in objects and content streams (real files: < 20;
   * pdf.js overflows its stack somewhere above 5,000 and then silently returns a page without text). */
  maxNesting: number;
  /** Text items on one page (a dense A3 table has a few thousand). */
  maxTextItemsPerPage: number;
  /** Drawing operators on one page. */
  maxOperatorsPerPage: number;
  /** Pixels of an image pdf.js may decode; larger images are skipped, not decoded. */
  maxImagePixels: number;
}

export const GUARD_LIMITS: Readonly<GuardLimits> = Object.freeze({
  maxStreamBytes: 32 * 1024 * 1024,
  maxImageStreamBytes: 128 * 1024 * 1024,
  maxNesting: 1000,
  maxTextItemsPerPage: 100_000,
  maxOperatorsPerPage: 1_000_000,
  maxImagePixels: 64 * 1024 * 1024,
});

/** The largest page side the PDF specification allows (ISO 32000-1 Annex C: 14,400 units, 200 in). */
export const MAX_PAGE_SIDE = 14_400;

const MIB = 1024 * 1024;
const mib = (bytes: number): string => `${Math.round(bytes / MIB)} MiB`;

function tooComplex(message: string): ExtractionError {
  return new ExtractionError('PDF_TOO_COMPLEX', message);
}

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
const DICT_WINDOW = 16 * 1024;

interface RawStream {
  dictionary: string;
  data: Uint8Array;
}

/** Every `stream … endstream` of the file, found by keyword as a repairing reader does (lengths may lie). */
function* rawStreams(bytes: Uint8Array): Generator<RawStream> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let from = 0;
  let previousEnd = 0;
  while (from < buffer.length) {
    const at = buffer.indexOf(STREAM, from);
    if (at < 0) return;
    from = at + STREAM.length;
    const isEnd = at >= 3 && buffer.toString('latin1', at - 3, at) === 'end';
    const next = buffer[from];
    if (isEnd || (next !== 0x0a && next !== 0x0d)) continue;
    let start = from + 1;
    if (next === 0x0d && buffer[start] === 0x0a) start++;
    let end = buffer.indexOf(END_STREAM, start);
    if (end < 0) end = buffer.length;
    const head = buffer.toString('latin1', Math.max(previousEnd, at - DICT_WINDOW), at);
    const objectStart = head.lastIndexOf('obj');
    yield {
      dictionary: objectStart >= 0 ? head.slice(objectStart + 3) : head,
      data: bytes.subarray(start, end),
    };
    previousEnd = Math.min(buffer.length, end + END_STREAM.length);
    from = previousEnd;
  }
}

const FILTER = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9#]+)/;

function filtersOf(dictionary: string): string[] {
  const match = FILTER.exec(dictionary);
  if (!match?.[1]) return [];
  return [...match[1].matchAll(/\/([A-Za-z0-9#]+)/g)].map((name) => name[1] ?? '');
}

class TooLarge extends Error {}

/** zlib inflate that stops at `limit` bytes; damaged data gives what could be read (as pdf.js reads). */
function inflateBounded(data: Uint8Array, limit: number): Uint8Array | null {
  try {
    return inflateSync(data, { maxOutputLength: limit + 1, finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new TooLarge();
    // Not zlib data, or damaged: pdf.js fails on it the same way (or it is encrypted): nothing to bound.
    return null;
  }
}

function asciiHexDecode(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let high = -1;
  for (const byte of data) {
    if (byte === 0x3e) break; // '>'
    const digit =
      byte >= 0x30 && byte <= 0x39
        ? byte - 0x30
        : byte >= 0x41 && byte <= 0x46
          ? byte - 0x37
          : byte >= 0x61 && byte <= 0x66
            ? byte - 0x57
            : -1;
    if (digit < 0) continue;
    if (high < 0) high = digit;
    else {
      out.push(high * 16 + digit);
      high = -1;
    }
  }
  if (high >= 0) out.push(high * 16);
  return Uint8Array.from(out);
}

function ascii85Decode(data: Uint8Array, limit: number): Uint8Array {
  const out: number[] = [];
  const group: number[] = [];
  const flush = (count: number): void => {
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 85 + (group[i] ?? 84);
    for (let i = 0; i < count - 1; i++) out.push((value >>> (24 - 8 * i)) & 0xff);
  };
  for (const byte of data) {
    if (byte === 0x7e) break; // '~>'
    if (byte === 0x7a && group.length === 0) {
      out.push(0, 0, 0, 0); // 'z'
    } else if (byte >= 0x21 && byte <= 0x75) {
      group.push(byte - 0x21);
      if (group.length === 5) {
        flush(5);
        group.length = 0;
      }
    }
    if (out.length > limit) throw new TooLarge();
  }
  if (group.length > 1) flush(group.length);
  return Uint8Array.from(out);
}

/** Decoded size of RunLengthDecode data (up to 128× its input), counted without decoding. */
function runLengthSize(data: Uint8Array, limit: number): number {
  let size = 0;
  let i = 0;
  while (i < data.length) {
    const length = data[i] ?? 128;
    if (length === 128) break;
    if (length < 128) {
      size += length + 1;
      i += length + 2;
    } else {
      size += 257 - length;
      i += 2;
    }
    if (size > limit) throw new TooLarge();
  }
  return size;
}

/** Decoded size of LZWDecode data (each code can stand for thousands of bytes), counted without output. */
function lzwSize(data: Uint8Array, limit: number): number {
  const lengths: number[] = [];
  const reset = (): void => {
    lengths.length = 258;
    for (let i = 0; i < 256; i++) lengths[i] = 1;
  };
  reset();
  let width = 9;
  let bits = 0;
  let buffered = 0;
  let previous = -1;
  let size = 0;
  for (const byte of data) {
    buffered = (buffered << 8) | byte;
    bits += 8;
    while (bits >= width) {
      const code = (buffered >>> (bits - width)) & ((1 << width) - 1);
      bits -= width;
      buffered &= (1 << bits) - 1;
      if (code === 256) {
        reset();
        width = 9;
        previous = -1;
        continue;
      }
      if (code === 257) return size;
      const known = lengths[code];
      const length = known ?? (previous >= 0 ? (lengths[previous] ?? 0) + 1 : 0);
      if (length === 0) return size; // damaged
      if (previous >= 0 && lengths.length < 4096) lengths.push((lengths[previous] ?? 0) + 1);
      size += length;
      if (size > limit) throw new TooLarge();
      previous = code;
      // Early change (the PDF default): the width grows one code before the table fills.
      if (lengths.length + 1 >= 1 << width && width < 12) width++;
    }
  }
  return size;
}

/**
 * The stream decoded through its filters as far as they are general-purpose compression; null where a
 * filter is an image codec (bounded by maxImagePixels instead) or the data cannot be decoded here.
 */
function decodeBounded(data: Uint8Array, filters: string[], limit: number): Uint8Array | null {
  let current = data;
  for (const filter of filters) {
    switch (filter) {
      case 'FlateDecode':
      case 'Fl': {
        const inflated = inflateBounded(current, limit);
        if (!inflated) return null;
        current = inflated;
        break;
      }
      case 'ASCIIHexDecode':
      case 'AHx':
        current = asciiHexDecode(current);
        break;
      case 'ASCII85Decode':
      case 'A85':
        current = ascii85Decode(current, limit);
        break;
      case 'RunLengthDecode':
      case 'RL':
        runLengthSize(current, limit);
        return null;
      case 'LZWDecode':
      case 'LZW':
        lzwSize(current, limit);
        return null;
      default:
        return null;
    }
    if (current.byteLength > limit) throw new TooLarge();
  }
  return current;
}

/**
 * Deepest nesting of arrays and dictionaries in PDF syntax (objects or a content stream), skipping
 * strings, hex strings and comments. Binary data (inline images, fonts) is not PDF syntax and would only
 * add noise, so callers pass syntax only.
 */
export function nestingDepth(data: Uint8Array, stopAbove = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let i = 0;
  const n = data.length;
  while (i < n) {
    const byte = data[i] as number;
    if (byte === 0x28) {
      // ( literal string ), with nested balanced parentheses and backslash escapes
      let open = 1;
      i++;
      while (i < n && open > 0) {
        const c = data[i] as number;
        if (c === 0x5c) i++;
        else if (c === 0x28) open++;
        else if (c === 0x29) open--;
        i++;
      }
      continue;
    }
    if (byte === 0x25) {
      // % comment to the end of the line
      while (i < n && data[i] !== 0x0a && data[i] !== 0x0d) i++;
      continue;
    }
    if (byte === 0x5b || (byte === 0x3c && data[i + 1] === 0x3c)) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
      i += byte === 0x5b ? 1 : 2;
      continue;
    }
    if (byte === 0x5d || (byte === 0x3e && data[i + 1] === 0x3e)) {
      depth = Math.max(0, depth - 1);
      i += byte === 0x5d ? 1 : 2;
      continue;
    }
    if (byte === 0x3c) {
      // <hex string>
      while (i < n && data[i] !== 0x3e) i++;
      i++;
      continue;
    }
    i++;
  }
  return deepest;
}

/** Content-stream text between inline images (BI … ID <binary> EI): syntax only. */
function withoutInlineImages(data: Uint8Array): Uint8Array {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buffer.indexOf('BI') < 0) return data;
  const parts: Buffer[] = [];
  let from = 0;
  const inlineImage = /(^|\s)BI\s/g;
  const text = buffer.toString('latin1');
  for (let match = inlineImage.exec(text); match; match = inlineImage.exec(text)) {
    const end = text.indexOf('EI', match.index + 3);
    parts.push(buffer.subarray(from, match.index));
    from = end < 0 ? buffer.length : end + 2;
    inlineImage.lastIndex = from;
  }
  parts.push(buffer.subarray(from));
  return Buffer.concat(parts);
}

/**
 * Streams whose decoded data is PDF syntax: content streams (a dictionary with no /Type or /Subtype
 * of its own), form XObjects, patterns and object streams. Fonts, images, ICC profiles, XRef streams
 * and embedded files are binary: brackets in them mean nothing.
 */
function holdsSyntax(dictionary: string): boolean {
  if (/\/Type\s*\/(ObjStm|Pattern)|\/Subtype\s*\/Form/.test(dictionary)) return true;
  return !/\/Type\b|\/Subtype\b|\/N\s|\/Length[123]|\/Alternate|\/EmbeddedFile/.test(dictionary);
}

/**
 * Checks the raw file before pdf.js parses it: each stream's decoded size and the nesting depth of
 * objects and (decoded) content. Throws PDF_TOO_COMPLEX naming the bound exceeded.
 */
export function guardPdf(bytes: Uint8Array, limits: Partial<GuardLimits> = {}): void {
  const { maxStreamBytes, maxImageStreamBytes, maxNesting } = { ...GUARD_LIMITS, ...limits };
  const syntax: Uint8Array[] = [];
  let previousEnd = 0;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let index = 0;
  for (const stream of rawStreams(bytes)) {
    index++;
    const limit = /\/Subtype\s*\/Image/.test(stream.dictionary) ? maxImageStreamBytes : maxStreamBytes;
    let decoded: Uint8Array | null;
    const filters = filtersOf(stream.dictionary);
    try {
      decoded = filters.length === 0 ? stream.data : decodeBounded(stream.data, filters, limit);
    } catch (error) {
      if (!(error instanceof TooLarge)) throw error;
      throw tooComplex(
        `stream ${index} (${filters.join(', ')}) decodes to more than ${mib(limit)}, the limit for one ${limit === maxImageStreamBytes ? 'image' : 'stream'}: a decompression bomb or an absurd file`,
      );
    }
    if (decoded && holdsSyntax(stream.dictionary)) {
      const depth = nestingDepth(withoutInlineImages(decoded), maxNesting);
      if (depth > maxNesting) {
        throw tooComplex(
          `stream ${index} nests arrays or dictionaries more than ${maxNesting} deep, the limit for PDF syntax`,
        );
      }
    }
    // The object syntax between streams (dictionaries, arrays) is measured too.
    const dataStart = stream.data.byteOffset - bytes.byteOffset;
    syntax.push(buffer.subarray(previousEnd, dataStart));
    previousEnd = dataStart + stream.data.byteLength;
  }
  syntax.push(buffer.subarray(previousEnd));
  for (const part of syntax) {
    const depth = nestingDepth(part, maxNesting);
    if (depth > maxNesting) {
      throw tooComplex(
        `an object nests arrays or dictionaries more than ${maxNesting} deep, the limit for PDF syntax`,
      );
    }
  }
}

/** Text items or drawing operators of one page over their bound: PDF_TOO_COMPLEX for that page. */
export function guardPage(
  page: number,
  counts: { textItems: number; operators?: number },
  limits: Partial<GuardLimits> = {},
): void {
  const { maxTextItemsPerPage, maxOperatorsPerPage } = { ...GUARD_LIMITS, ...limits };
  if (counts.textItems > maxTextItemsPerPage) {
    throw new ExtractionError(
      'PDF_TOO_COMPLEX',
      `page ${page} has ${counts.textItems} text items, over the limit of ${maxTextItemsPerPage} for one page`,
      { page },
    );
  }
  if (counts.operators !== undefined && counts.operators > maxOperatorsPerPage) {
    throw new ExtractionError(
      'PDF_TOO_COMPLEX',
      `page ${page} has ${counts.operators} drawing operators, over the limit of ${maxOperatorsPerPage} for one page`,
      { page },
    );
  }
}

/**
 * A page box that floating point can work with. A MediaBox beyond the specification's 14,400 units
 * (1e30 has been seen in the wild) puts the flipped y of every text item at the box's top, where
 * adding a font size no longer changes the number: every item then has zero height and is dropped,
 * and the page looks like a scan. Such a box is replaced by an A4-sized box around where the text is
 * drawn (the origins of its items in user space); a sane box is returned unchanged.
 */
export function saneViewBox(view: number[], origins: Array<[number, number]>): number[] {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = view;
  const sane = [x0, y0, x1, y1].every((v) => Number.isFinite(v) && Math.abs(v) <= 4 * MAX_PAGE_SIDE);
  if (sane && Math.abs(x1 - x0) <= MAX_PAGE_SIDE && Math.abs(y1 - y0) <= MAX_PAGE_SIDE) return view;
  const finite = origins.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (finite.length === 0) return [0, 0, 595, 842];
  const xs = finite.map(([x]) => x).sort((a, b) => a - b);
  const ys = finite.map(([, y]) => y).sort((a, b) => a - b);
  // The median origin, then a page around it as large as the text needs, at most the largest page.
  const midX = xs[Math.floor(xs.length / 2)] ?? 0;
  const midY = ys[Math.floor(ys.length / 2)] ?? 0;
  const half = (values: number[], mid: number, least: number): number => {
    let widest = least;
    for (const value of values) widest = Math.max(widest, Math.abs(value - mid) + 72);
    return Math.min(MAX_PAGE_SIDE / 2, widest);
  };
  const halfWidth = half(xs, midX, 595 / 2);
  const halfHeight = half(ys, midY, 842 / 2);
  return [midX - halfWidth, midY - halfHeight, midX + halfWidth, midY + halfHeight];
}

/**
 * A copy of the file with every page-tree `/Count` that is zero or negative replaced by nines of the
 * same length ("-1" → "99", "0" → "9"), so that byte offsets (the xref) stay right; null when there is
 * none to replace (e.g. the page tree sits in a compressed object stream).
 */
export function withPositivePageCount(bytes: Uint8Array): Uint8Array | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let changed = false;
  const fixed = text.replace(/\/Count(\s*)(-\d+|0+)(?=[\s/>\]])/g, (_match, space: string, count: string) => {
    changed = true;
    return `/Count${space}${'9'.repeat(count.length)}`;
  });
  return changed ? Uint8Array.from(Buffer.from(fixed, 'latin1')) : null;
}

/**
 * A copy of the file whose last `startxref` points at byte 0 (its digits zeroed, so the length and every
 * offset stay), or null when it has none. pdfjs then finds no table there and rebuilds the table by
 * scanning the objects, as viewers do when one entry turns out wrong; pdfjs itself rebuilds only when
 * the table fails while the document opens, not when a page's object proves misplaced later.
 */
export function withRebuiltXref(bytes: Uint8Array): Uint8Array | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const at = text.lastIndexOf('startxref');
  if (at < 0) return null;
  const digits = /^(\s*)(\d+)/.exec(text.slice(at + 9));
  if (!digits?.[2] || /^0+$/.test(digits[2])) return null;
  const start = at + 9 + (digits[1]?.length ?? 0);
  const copy = Uint8Array.from(bytes);
  copy.fill(0x30, start, start + digits[2].length);
  return copy;
}

/** A stream object: its dictionary and where its data starts (after `stream` and its end of line). */
const STREAM_OBJECT_RE = /\d+\s+\d+\s+obj\s*(<<[\s\S]*?>>)\s*stream\r?\n/g;

/**
 * A copy of the file in which every Flate stream whose data ends too early (a transfer cut it, a writer
 * gave a short /Length) is replaced by what inflates of it, unfiltered, and whose table pdfjs rebuilds
 * (startxref zeroed: the offsets moved); null when no stream needed it or the file is encrypted (its
 * streams cannot be inflated before decryption). pdfjs decodes a Flate stream block by block and drops a
 * page's whole content at a cut block; viewers show the text up to the cut, and so does the copy.
 */
export function withInflatedStreams(bytes: Uint8Array): Uint8Array | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (/\/Encrypt\b/.test(text)) return null;
  let out = '';
  let from = 0;
  let changed = false;
  STREAM_OBJECT_RE.lastIndex = 0;
  for (let m = STREAM_OBJECT_RE.exec(text); m !== null; m = STREAM_OBJECT_RE.exec(text)) {
    const dict = m[1] ?? '';
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    STREAM_OBJECT_RE.lastIndex = end;
    // One Flate filter without a predictor: what this repair can decode by itself.
    if (
      !/\/Filter\s*(?:\[\s*)?\/FlateDecode\s*\]?\s*[/>]/.test(dict) ||
      /\/DecodeParms|\/Filter\s*\[[^\]]*\/\w+\s+\//.test(dict)
    )
      continue;
    const data = Buffer.from(text.slice(start, end).replace(/\r?\n$/, ''), 'latin1');
    let inflated: Buffer;
    try {
      inflateSync(data);
      continue;
    } catch {
      try {
        inflated = inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH });
      } catch {
        continue;
      }
    }
    const plain = dict
      .replace(/\/Filter\s*(?:\[\s*\/FlateDecode\s*\]|\/FlateDecode)/, '')
      .replace(/\/Length\s+\d+(?:\s+\d+\s+R)?/, `/Length ${inflated.length}`);
    out += `${text.slice(from, m.index)}${m[0].replace(dict, plain)}${inflated.toString('latin1')}\n`;
    from = end;
    changed = true;
  }
  if (!changed) return null;
  const repaired = Uint8Array.from(Buffer.from(out + text.slice(from), 'latin1'));
  return withRebuiltXref(repaired) ?? repaired;
}
