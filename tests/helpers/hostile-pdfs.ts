/**
 * Hand-built PDFs for the hostile-file tests and the fuzz run: a small valid text PDF whose parts can be
 * replaced (a page's content, its MediaBox, extra objects), decompression bombs and the mutations a
 * damaged or malicious file shows (byte flips, truncation, xref damage, lying stream lengths, junk after
 * %%EOF, deep nesting, huge counts). Everything is deterministic given the random source passed in.
 */
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import { mulberry32 } from '../../scripts/prng.ts';

export interface RawObject {
  /** The dictionary or value, without `obj`/`endobj`. */
  body: string;
  /** Stream data, written after `stream`; /Length is added to the body's dictionary when absent. */
  stream?: Uint8Array;
  /** A /Length to state instead of the true one (a lying length). */
  statedLength?: number;
}

export interface TextPdfOptions {
  /** Lines of text on the page (Latin-1 only: a standard font). */
  lines?: string[];
  mediaBox?: string;
  /** Extra entries in the catalog dictionary, e.g. `/Metadata 6 0 R`. */
  catalogExtra?: string;
  /** Extra entries in the page dictionary. */
  pageExtra?: string;
  /** Extra objects, numbered from 6 on. */
  extra?: RawObject[];
  /** Compress the page's content stream. */
  compress?: boolean;
  /** Replaces the page's content stream. */
  content?: Uint8Array;
  /** The /Count of the page tree (1 unless a lie is wanted). */
  count?: string;
}

const latin1 = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(
    Buffer.concat(parts.map((part) => Buffer.from(part.buffer, part.byteOffset, part.byteLength))),
  );
}

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (char) => `\\${char}`);
}

/** A content stream that writes the lines in Helvetica 11 pt from the top of an A4 page. */
export function textContent(lines: string[], top = 780): Uint8Array {
  const body = lines
    .map((line, i) => `BT /F1 11 Tf 72 ${top - i * 16} Td (${escapePdfString(line)}) Tj ET`)
    .join('\n');
  return latin1(body);
}

/** Serialises objects 1..n with a correct cross-reference table and trailer. */
export function buildPdf(objects: RawObject[], trailerExtra = ''): Uint8Array {
  const parts: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let offset = parts[0]?.byteLength ?? 0;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(offset);
    let head = `${index + 1} 0 obj\n`;
    const chunk: Uint8Array[] = [];
    if (object.stream) {
      const length = object.statedLength ?? object.stream.byteLength;
      const body = object.body.includes('/Length')
        ? object.body
        : object.body.replace(/^<</, `<< /Length ${length}`);
      head += `${body}\nstream\n`;
      chunk.push(latin1(head), object.stream, latin1('\nendstream\nendobj\n'));
    } else {
      chunk.push(latin1(`${head}${object.body}\nendobj\n`));
    }
    for (const piece of chunk) {
      parts.push(piece);
      offset += piece.byteLength;
    }
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(latin1(xref));
  return concatBytes(parts);
}

export const DEFAULT_LINES = [
  'Handlingsplan for ekonomi i balans 2025',
  'Minskad hyrbemanning beraknas ge 12 mkr lagre kostnader 2025.',
  'Atgarden galler samtliga verksamheter inom halso- och sjukvarden.',
];

/** A one-page text PDF (Helvetica), with the parts the options replace. */
export function textPdf(options: TextPdfOptions = {}): Uint8Array {
  const content = options.content ?? textContent(options.lines ?? DEFAULT_LINES);
  const stream = options.compress ? new Uint8Array(deflateSync(content)) : content;
  const objects: RawObject[] = [
    { body: `<< /Type /Catalog /Pages 2 0 R ${options.catalogExtra ?? ''}>>` },
    { body: `<< /Type /Pages /Kids [3 0 R] /Count ${options.count ?? '1'} >>` },
    {
      body: `<< /Type /Page /Parent 2 0 R /MediaBox ${options.mediaBox ?? '[0 0 595 842]'} /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R ${options.pageExtra ?? ''}>>`,
    },
    { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
    { body: options.compress ? '<< /Filter /FlateDecode >>' : '<< >>', stream },
    ...(options.extra ?? []),
  ];
  return buildPdf(objects);
}

const MIB = 1024 * 1024;

/**
 * A zlib stream that inflates to `size` bytes of `fill`, built from one compressed MiB repeated (a full
 * flush resets the compressor, so the same bytes decode the same way each time): a 1 GiB bomb costs
 * about 1 MB and no gigabyte here. Without the Adler-32 trailer, which pdf.js does not read.
 */
export function deflateBomb(size: number, fill = 0x20): Uint8Array {
  const unit = deflateRawSync(Buffer.alloc(MIB, fill), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const parts: Uint8Array[] = [Uint8Array.of(0x78, 0xda)];
  for (let done = 0; done < size; done += MIB) parts.push(unit);
  parts.push(Uint8Array.of(0x03, 0x00));
  return concatBytes(parts);
}

/** A page whose content stream inflates to `size` bytes of spaces (a decompression bomb). */
export function contentBombPdf(size: number): Uint8Array {
  const stream = deflateBomb(size);
  return buildPdf([
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    {
      body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents [5 0 R 6 0 R] >>',
    },
    { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
    { body: '<< >>', stream: textContent(DEFAULT_LINES) },
    { body: '<< /Filter /FlateDecode >>', stream },
  ]);
}

/** A text PDF whose document /Metadata stream inflates to `size` bytes of XML-ish text. */
export function metadataBombPdf(size: number): Uint8Array {
  const stream = deflateBomb(size, 0x41);
  return textPdf({
    catalogExtra: '/Metadata 6 0 R',
    extra: [{ body: '<< /Type /Metadata /Subtype /XML /Filter /FlateDecode >>', stream }],
  });
}

/** A page with `count` text-showing operators (each a one-letter item). */
export function manyItemsPdf(count: number): Uint8Array {
  const parts: string[] = ['BT /F1 4 Tf'];
  for (let i = 0; i < count; i++) {
    // Far enough apart that pdf.js cannot merge neighbours into one item.
    parts.push(`1 0 0 1 ${20 + (i % 20) * 28} ${820 - (Math.floor(i / 20) % 200) * 4} Tm (a) Tj`);
  }
  parts.push('ET');
  return textPdf({ content: latin1(parts.join('\n')), compress: true });
}

/** `depth` nested arrays in an object the page refers to (a parser's recursion bomb). */
export function deepNestingPdf(depth: number): Uint8Array {
  return textPdf({
    pageExtra: '/Nested 6 0 R',
    extra: [{ body: `${'['.repeat(depth)}${']'.repeat(depth)}` }],
  });
}

/** Deterministic pseudo-random numbers: the fuzz run is reproducible from its seed. */
export const randomSource = mulberry32;
