/**
 * What the document index (functions/lib/doc-index.ts) keeps of each extracted document, and where it files it. Pure: no
 * I/O, no clock.
 *
 * An index entry is the ExtractedDocument without what no listing, comparison or search reads — the free
 * amounts (`amounts`, each with its context sentence) and the references to earlier decisions — so the query
 * API builds the same snapshot from a handful of index objects as from every extracted/<id>.json. The whole
 * document is still read, one object, when a single document is opened.
 *
 * Entries are filed by region and first fiscal year (the partition the document's fact rows have too), so
 * an ingest rewrites one small object and a reader gets every document from O(regions × years) objects.
 */
import { crc32 } from 'node:zlib';
import { documentYear, EFFECT_TYPES, MEASURE_CATEGORIES, UNKNOWN_REGION } from '../parsers/constants.ts';
import { measureKey, paperIdentity } from '../parsers/paper.ts';
import type { Effect, ExtractedDocument, ExtractionMethod, Measure } from '../parsers/schema.ts';
import type { StoredSummary } from './region-summary.ts';
import { fold } from './swedish.ts';

/**
 * Raised whenever the entry's shape or meaning changes. A reader finding no index of its own version
 * rebuilds one from extracted/ instead of reading an older one's entries.
 */
export const INDEX_VERSION = 2;

/** The summary: the contract's document minus the parts the index leaves to the document itself. */
export type DocumentSummary = Omit<ExtractedDocument, 'amounts' | 'references'>;

export interface IndexEntry {
  /** The object the summary was made from (extracted/<documentId>.json): read when the document is opened. */
  key: string;
  summary: DocumentSummary;
}

export interface IndexPartition {
  /** A region code, or `unknown` for documents whose region is not known. */
  region: string;
  year: number;
}

/**
 * A partition as stored: one line of header, then one line of body. The header is small and checked field
 * by field (parsePartitionHeader); the body is checked by its length and CRC-32 (no schema runs over every
 * measure on a cold start) and then parsed once. The body is columnar: a few arrays per partition instead
 * of one object per measure, so parsing and holding a region costs arrays of numbers and short strings.
 */
export interface PartitionHeader {
  version: typeof INDEX_VERSION;
  region: string;
  year: number;
  documents: number;
  measures: number;
  effects: number;
  /** Length of the body in bytes and its CRC-32: a truncated or altered body is refused. */
  bytes: number;
  /** Length of the body's first section (the columns a comparison reads); the rest is MoreColumns. */
  coreBytes: number;
  crc32: number;
}

/**
 * The header of a partition, or null when `value` is not one of this version. Checked by hand rather than
 * with zod: the header is the project's own nine fields, read on every cold start of every command, and
 * zod's first parse of a schema (compiling it) cost more than the check itself.
 */
export function parsePartitionHeader(value: unknown): PartitionHeader | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const header = value as Record<string, unknown>;
  const count = (name: string) => Number.isSafeInteger(header[name]) && (header[name] as number) >= 0;
  if (
    header['version'] !== INDEX_VERSION ||
    typeof header['region'] !== 'string' ||
    header['region'].length === 0 ||
    !Number.isSafeInteger(header['year']) ||
    !['documents', 'measures', 'effects', 'bytes', 'coreBytes', 'crc32'].every(count)
  )
    return null;
  const { version, region, year, documents, measures, effects, bytes, coreBytes, crc32 } =
    header as unknown as PartitionHeader;
  return { version, region, year, documents, measures, effects, bytes, coreBytes, crc32 };
}

/**
 * The body: per document (sorted by documentId), per measure (in document order) and per effect (in
 * measure order). Everything a listing, a comparison or a search reads is a column of its own, and what the
 * cold path used to recompute is stored: the paper identity, each measure's title key (parsers/paper.ts
 * measureKey) and folded search text. What nothing but a rewrite of the partition reads (the source's
 * bucket, hash and size, the parser version…) is one small JSON text per document, `rest`. Together the
 * columns give back the entry's summary exactly (`partitionEntries`), so writers lose nothing.
 */
export interface PartitionColumns {
  /** Document columns. */
  id: string[];
  key: string[];
  /** Where the summary files itself (partitionOf): an entry elsewhere is a leftover of a move. */
  homeRegion: string[];
  homeYear: number[];
  extractedAt: string[];
  paperId: string[];
  lineageId: string[];
  paperDuplicateOf: (string | null)[];
  method: ExtractionMethod[];
  warnings: ExtractedDocument['extraction']['warnings'][];
  uploadedAt: string[];
  fileName: string[];
  sourceKey: string[];
  pageCount: number[];
  body: (string | null)[];
  documentType: ExtractedDocument['document']['documentType'][];
  title: (string | null)[];
  date: (string | null)[];
  years: number[][];
  totals: ExtractedDocument['totals'][];
  /** measureStart[d] … measureStart[d + 1] - 1 are document d's measures (length documents + 1). */
  measureStart: number[];
  /** Measure columns. */
  measureId: string[];
  /** Index into MEASURE_CATEGORIES. */
  category: number[];
  /** Index into `titles`: measure titles repeat across a partition's documents (a dictionary). */
  titleIndex: number[];
  label: (string | null)[];
  subMeasureCount: (number | null)[];
  page: number[];
  evidence: string[];
  /** effectStart[m] … effectStart[m + 1] - 1 are measure m's effects (length measures + 1). */
  effectStart: number[];
  /** The partition's distinct measure titles, and each one's title key (parsers/paper.ts measureKey). */
  titles: string[];
  titleKeys: string[];
  /** Effect columns. */
  effectYear: number[];
  amountMsek: number[];
  /** Index into EFFECT_TYPES. */
  effectType: number[];
  baselineYear: (number | null)[];
  /** The figure as printed, or null when the extraction quoted none. */
  raw: (string | null)[];
}

/**
 * The columns a comparison never reads, in a section of their own that is parsed only when asked for
 * (a listing of every document, a search, a decision list, a writer): on a cold compare, nested objects
 * and long texts are most of the parsing time.
 */
export interface MoreColumns {
  /** Per document. */
  region: ExtractedDocument['document']['region'][];
  decisions: ExtractedDocument['decisions'][];
  /** JSON of the summary's remaining fields (DocumentRest). */
  rest: string[];
  /** Per measure: the folded search text (measureSearchText). */
  folded: string[];
  /** Per measure: the description and sub-measures, or null when there are none (most measures). */
  detail: ({ description: string | null; subMeasures: string[] } | null)[];
}

/** The parts of a summary no column holds. */
interface DocumentRest {
  schemaVersion: ExtractedDocument['schemaVersion'];
  source: Pick<ExtractedDocument['source'], 'bucket' | 'sha256' | 'bytes'>;
  extraction: Pick<ExtractedDocument['extraction'], 'parserVersion' | 'durationMs' | 'ocrPages'>;
}

export interface DecodedPartition {
  header: PartitionHeader;
  columns: PartitionColumns;
  /** The second section, parsed on the first call (and checked then; a malformed one throws). */
  more: () => MoreColumns;
  /** Size of the stored object in bytes (what a cache of partitions is bounded by). */
  size: number;
}

const CATEGORY_INDEX = new Map(MEASURE_CATEGORIES.map((category, index) => [category, index]));

/** The effect types, as the effectType column numbers them. */
export { EFFECT_TYPES };

const EFFECT_TYPE_INDEX = new Map(EFFECT_TYPES.map((type, index) => [type, index]));

/** Title, description, sub-measures and evidence folded: what measure search matches words in. */
export function measureSearchText(measure: ExtractedDocument['measures'][number]): string {
  return fold(
    `${measure.title}\n${measure.description ?? ''}\n${measure.subMeasures.join('\n')}\n${measure.evidence}`,
  );
}

const DOCUMENT_COLUMNS = [
  'id',
  'key',
  'homeRegion',
  'homeYear',
  'extractedAt',
  'paperId',
  'lineageId',
  'paperDuplicateOf',
  'method',
  'warnings',
  'uploadedAt',
  'fileName',
  'sourceKey',
  'pageCount',
  'body',
  'documentType',
  'title',
  'date',
  'years',
  'totals',
] as const satisfies readonly (keyof PartitionColumns)[];
const MEASURE_COLUMNS = [
  'measureId',
  'category',
  'titleIndex',
  'label',
  'subMeasureCount',
  'page',
  'evidence',
] as const satisfies readonly (keyof PartitionColumns)[];
const MORE_DOCUMENT_COLUMNS = [
  'region',
  'decisions',
  'rest',
] as const satisfies readonly (keyof MoreColumns)[];
const MORE_MEASURE_COLUMNS = ['folded', 'detail'] as const satisfies readonly (keyof MoreColumns)[];
const EFFECT_COLUMNS = [
  'effectYear',
  'amountMsek',
  'effectType',
  'baselineYear',
  'raw',
] as const satisfies readonly (keyof PartitionColumns)[];

/** The stored text of a partition holding `entries` (any order; written sorted by documentId). */
export function encodePartition(partition: IndexPartition, entries: readonly IndexEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.summary.documentId < b.summary.documentId ? -1 : 1));
  const c = Object.fromEntries(
    [...DOCUMENT_COLUMNS, ...MEASURE_COLUMNS, ...EFFECT_COLUMNS].map((name) => [name, []]),
  ) as unknown as PartitionColumns;
  const more: MoreColumns = { region: [], decisions: [], rest: [], folded: [], detail: [] };
  c.measureStart = [0];
  c.effectStart = [0];
  c.titles = [];
  c.titleKeys = [];
  const titleIndex = new Map<string, number>();
  for (const { key, summary } of sorted) {
    const home = partitionOf(summary);
    const paper = summary.paper ?? { ...paperIdentity(summary), duplicateOf: null };
    const { source, extraction, document } = summary;
    c.id.push(summary.documentId);
    c.key.push(key);
    c.homeRegion.push(home.region);
    c.homeYear.push(home.year);
    c.extractedAt.push(extraction.extractedAt);
    c.paperId.push(paper.paperId);
    c.lineageId.push(paper.lineageId);
    c.paperDuplicateOf.push(paper.duplicateOf);
    c.method.push(extraction.method);
    c.warnings.push(extraction.warnings);
    c.uploadedAt.push(source.uploadedAt);
    c.fileName.push(source.fileName);
    c.sourceKey.push(source.key);
    c.pageCount.push(source.pageCount);
    more.region.push(document.region);
    c.body.push(document.body);
    c.documentType.push(document.documentType);
    c.title.push(document.title);
    c.date.push(document.date);
    c.years.push(document.years);
    c.totals.push(summary.totals);
    more.decisions.push(summary.decisions);
    const rest: DocumentRest = {
      schemaVersion: summary.schemaVersion,
      source: { bucket: source.bucket, sha256: source.sha256, bytes: source.bytes },
      extraction: {
        parserVersion: extraction.parserVersion,
        durationMs: extraction.durationMs,
        ocrPages: extraction.ocrPages,
      },
    };
    more.rest.push(JSON.stringify(rest));
    for (const measure of summary.measures) {
      c.measureId.push(measure.id);
      c.category.push(CATEGORY_INDEX.get(measure.category)!);
      let index = titleIndex.get(measure.title);
      if (index === undefined) {
        index = c.titles.length;
        titleIndex.set(measure.title, index);
        c.titles.push(measure.title);
        c.titleKeys.push(measureKey(measure.title));
      }
      c.titleIndex.push(index);
      more.folded.push(measureSearchText(measure));
      c.label.push(measure.label);
      c.subMeasureCount.push(measure.subMeasureCount);
      c.page.push(measure.page);
      c.evidence.push(measure.evidence);
      more.detail.push(
        measure.description === null && measure.subMeasures.length === 0
          ? null
          : { description: measure.description, subMeasures: measure.subMeasures },
      );
      for (const effect of measure.effects) {
        c.effectYear.push(effect.year);
        c.amountMsek.push(effect.amountMsek);
        c.effectType.push(EFFECT_TYPE_INDEX.get(effect.type)!);
        c.baselineYear.push(effect.baselineYear);
        c.raw.push(effect.raw ?? null);
      }
      c.effectStart.push(c.effectYear.length);
    }
    c.measureStart.push(c.measureId.length);
  }
  const core = asciiJson(c);
  const body = `${core}\n${asciiJson(more)}`;
  const bytes = new TextEncoder().encode(body);
  const header: PartitionHeader = {
    version: INDEX_VERSION,
    region: partition.region,
    year: partition.year,
    documents: c.id.length,
    measures: c.measureId.length,
    effects: c.effectYear.length,
    bytes: bytes.length,
    coreBytes: core.length,
    crc32: crc32(bytes),
  };
  return `${JSON.stringify(header)}\n${body}`;
}

/**
 * JSON with every character outside ASCII escaped (\\u00e5): the reader then turns bytes into a string
 * one byte per character, several times faster than UTF-8 decoding, and JSON.parse reads a one-byte string.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A measure of a decoded partition, as the summary had it. */
export function measureOf(partition: DecodedPartition, m: number): Measure {
  const { columns } = partition;
  const effects: Effect[] = [];
  for (let e = columns.effectStart[m]!; e < columns.effectStart[m + 1]!; e++)
    effects.push(effectOf(columns, e));
  const detail = partition.more().detail[m];
  return {
    id: columns.measureId[m]!,
    label: columns.label[m]!,
    title: columns.titles[columns.titleIndex[m]!]!,
    category: MEASURE_CATEGORIES[columns.category[m]!]!,
    subMeasureCount: columns.subMeasureCount[m]!,
    subMeasures: detail?.subMeasures ?? [],
    description: detail?.description ?? null,
    effects,
    page: columns.page[m]!,
    evidence: columns.evidence[m]!,
  };
}

/** An effect of a decoded partition, as the summary had it (`raw` only when there was one). */
export function effectOf(columns: PartitionColumns, e: number): Effect {
  const raw = columns.raw[e];
  return {
    year: columns.effectYear[e]!,
    amountMsek: columns.amountMsek[e]!,
    type: EFFECT_TYPES[columns.effectType[e]!]!,
    baselineYear: columns.baselineYear[e]!,
    ...(raw === null || raw === undefined ? {} : { raw }),
  };
}

/** The summary of row `row`, exactly as it was encoded. */
export function summaryOf(partition: DecodedPartition, row: number): DocumentSummary {
  const { columns } = partition;
  const more = partition.more();
  const rest = JSON.parse(more.rest[row]!) as DocumentRest;
  const measures: Measure[] = [];
  for (let m = columns.measureStart[row]!; m < columns.measureStart[row + 1]!; m++)
    measures.push(measureOf(partition, m));
  return {
    schemaVersion: rest.schemaVersion,
    documentId: columns.id[row]!,
    source: {
      bucket: rest.source.bucket,
      key: columns.sourceKey[row]!,
      sha256: rest.source.sha256,
      bytes: rest.source.bytes,
      pageCount: columns.pageCount[row]!,
      fileName: columns.fileName[row]!,
      uploadedAt: columns.uploadedAt[row]!,
    },
    extraction: {
      method: columns.method[row]!,
      parserVersion: rest.extraction.parserVersion,
      extractedAt: columns.extractedAt[row]!,
      durationMs: rest.extraction.durationMs,
      warnings: columns.warnings[row]!,
      ocrPages: rest.extraction.ocrPages,
    },
    document: {
      region: more.region[row]!,
      body: columns.body[row]!,
      documentType: columns.documentType[row]!,
      title: columns.title[row]!,
      date: columns.date[row]!,
      years: columns.years[row]!,
    },
    measures,
    totals: columns.totals[row]!,
    decisions: more.decisions[row]!,
    paper: {
      paperId: columns.paperId[row]!,
      lineageId: columns.lineageId[row]!,
      duplicateOf: columns.paperDuplicateOf[row]!,
    },
  };
}

/** Why a stored partition was refused, or the partition. Checks header, length, checksum and lengths. */
export function decodePartition(
  bytes: Uint8Array,
  expected?: IndexPartition,
): DecodedPartition | { error: string } {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return { error: 'no header line' };
  let headerJson: unknown;
  try {
    headerJson = JSON.parse(new TextDecoder().decode(bytes.subarray(0, newline)));
  } catch {
    return { error: 'header is not JSON' };
  }
  const header = parsePartitionHeader(headerJson);
  if (!header) return { error: `not a partition header of version ${INDEX_VERSION}` };
  if (expected && !samePartition(header, expected)) return { error: 'header names another partition' };
  const body = bytes.subarray(newline + 1);
  if (body.length !== header.bytes || crc32(body) !== header.crc32 || body[header.coreBytes] !== 0x0a)
    return { error: 'body does not match its checksum' };
  let columns: PartitionColumns;
  try {
    // ASCII (asciiJson): one byte, one character.
    columns = JSON.parse(latin1(body.subarray(0, header.coreBytes))) as PartitionColumns;
  } catch {
    return { error: 'body is not JSON' };
  }
  const malformed = badColumn(columns as unknown as Record<string, unknown>, [
    ...DOCUMENT_COLUMNS.map((name): [string, number] => [name, header.documents]),
    ['measureStart', header.documents + 1],
    ...MEASURE_COLUMNS.map((name): [string, number] => [name, header.measures]),
    ['effectStart', header.measures + 1],
    ...EFFECT_COLUMNS.map((name): [string, number] => [name, header.effects]),
  ]);
  if (malformed) return { error: `column ${malformed} is malformed` };
  if (
    !Array.isArray(columns.titles) ||
    !Array.isArray(columns.titleKeys) ||
    columns.titleKeys.length !== columns.titles.length ||
    columns.titleIndex.some((index) => !(index >= 0 && index < columns.titles.length))
  )
    return { error: 'column titles is malformed' };
  // The second section's bytes, copied out so that the object read is let go.
  let moreBytes: Uint8Array | null = body.slice(header.coreBytes + 1);
  let more: MoreColumns | null = null;
  const parseMore = (): MoreColumns => {
    if (more) return more;
    const parsed = JSON.parse(latin1(moreBytes!)) as MoreColumns;
    const bad = badColumn(parsed as unknown as Record<string, unknown>, [
      ...MORE_DOCUMENT_COLUMNS.map((name): [string, number] => [name, header.documents]),
      ...MORE_MEASURE_COLUMNS.map((name): [string, number] => [name, header.measures]),
    ]);
    if (bad) throw new Error(`partition ${header.region}/${header.year}: column ${bad} is malformed`);
    more = parsed;
    moreBytes = null;
    return more;
  };
  return { header, columns, more: parseMore, size: bytes.length };
}

/** The first column whose length is not the one given, if any. */
function badColumn(columns: Record<string, unknown>, lengths: [string, number][]): string | null {
  for (const [name, length] of lengths) {
    const column = columns[name];
    if (!Array.isArray(column) || column.length !== length) return name;
  }
  return null;
}

/** Bytes of ASCII as a string (Buffer's latin1 decoding copies bytes to a one-byte string). */
function latin1(bytes: Uint8Array): string {
  if (typeof Buffer !== 'undefined')
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return new TextDecoder().decode(bytes);
}

/** The entries of a decoded partition (each summary parsed): what writers and the full load work on. */
export function partitionEntries(partition: DecodedPartition): IndexEntry[] {
  const { columns } = partition;
  return columns.id.map((_, row) => ({ key: columns.key[row]!, summary: summaryOf(partition, row) }));
}

/**
 * Written once the index holds every extracted document (a full build); without it — or with another
 * version — readers do not trust the partitions and rebuild from extracted/.
 */
export interface Manifest {
  version: typeof INDEX_VERSION;
  /** False when a writer found a partition it could not read: the next reader rebuilds. */
  complete: boolean;
  builtAt: string;
}

/** The manifest in `value`, or null when it is not one of this version (checked by hand: no zod on a read). */
export function parseManifest(value: unknown): Manifest | null {
  if (typeof value !== 'object' || value === null) return null;
  const { version, complete, builtAt } = value as Record<string, unknown>;
  if (version !== INDEX_VERSION || typeof complete !== 'boolean' || typeof builtAt !== 'string') return null;
  return { version, complete, builtAt };
}

export function toIndexEntry(doc: ExtractedDocument, key: string): IndexEntry {
  const { amounts: _amounts, references: _references, ...summary } = doc;
  // Which paper it is, hashed once here rather than on every cold start (a document stored by the pipeline
  // carries it already; parsers/paper.ts paperCandidate reads the same value either way).
  const paper = doc.paper ?? { ...paperIdentity(doc), duplicateOf: null };
  return { key, summary: { ...summary, paper } };
}

/** The document an entry stands for, as the query services see it: no free amounts, no references. */
export function documentOfEntry(entry: IndexEntry): ExtractedDocument {
  return { ...entry.summary, amounts: [], references: [] };
}

export function partitionOf(doc: Pick<ExtractedDocument, 'document' | 'source'>): IndexPartition {
  return {
    region: doc.document.region?.code ?? UNKNOWN_REGION,
    year: documentYear(doc as ExtractedDocument),
  };
}

export function samePartition(a: IndexPartition, b: IndexPartition): boolean {
  return a.region === b.region && a.year === b.year;
}

/**
 * Which of two entries of one document wins when both are found (a re-extraction that moved the document
 * to another partition, and a crash before the old entry was taken out): the later extraction.
 */
export function newerEntry(a: IndexEntry, b: IndexEntry): IndexEntry {
  const at = a.summary.extraction.extractedAt;
  const bt = b.summary.extraction.extractedAt;
  if (at !== bt) return at > bt ? a : b;
  return a.key <= b.key ? a : b;
}

/**
 * The documents an index holds, from its partitions: an entry filed in a partition that is not its own is
 * a leftover of a move and is ignored; of one document found twice, the newer extraction is kept.
 */
export function mergePartitions(partitions: readonly DecodedPartition[]): Map<string, IndexEntry> {
  const byId = new Map<string, IndexEntry>();
  for (const { partition, row } of documentRows(partitions).values()) {
    const { columns } = partition;
    byId.set(columns.id[row]!, { key: columns.key[row]!, summary: summaryOf(partition, row) });
  }
  return byId;
}

/** Where a document's row is: which decoded partition, which row. */
export interface RowRef {
  partition: DecodedPartition;
  row: number;
}

/**
 * The rows that stand for documents, by documentId, without parsing any summary: the rule of
 * `mergePartitions` (own partition only; of two, the later extraction, then the smaller key).
 */
export function documentRows(partitions: readonly DecodedPartition[]): Map<string, RowRef> {
  const byId = new Map<string, RowRef>();
  for (const partition of partitions) {
    const { columns, header } = partition;
    for (let row = 0; row < columns.id.length; row++) {
      if (columns.homeRegion[row] !== header.region || columns.homeYear[row] !== header.year) continue;
      const id = columns.id[row]!;
      const seen = byId.get(id);
      if (!seen) {
        byId.set(id, { partition, row });
        continue;
      }
      const a = {
        at: seen.partition.columns.extractedAt[seen.row]!,
        key: seen.partition.columns.key[seen.row]!,
      };
      const b = { at: columns.extractedAt[row]!, key: columns.key[row]! };
      const keepSeen = a.at !== b.at ? a.at > b.at : a.key <= b.key;
      if (!keepSeen) byId.set(id, { partition, row });
    }
  }
  return byId;
}

/** What loading the index gives (functions/lib/doc-index.ts reads it; the catalog takes it through a port). */
export type IndexLoad =
  | {
      state: 'ready';
      /** The documents, by documentId. */
      entries: Map<string, IndexEntry>;
      /** Whether any partition changed since the previous load of this reader. */
      changed: boolean;
      partitions: number;
    }
  /** `missing`: no index of this version; `stale`: only an older version's; the others: not trustworthy. */
  | { state: 'missing' | 'stale' | 'incomplete' | 'invalid'; reason: string };

/** The catalog's port to the document index: the API passes the index reader, a plain folder passes none. */
export interface DocumentIndexPort {
  load(): Promise<IndexLoad>;
  /**
   * Only the partitions of `regions`, after one listing of index/: a partition in `known` with the listed
   * ETag is handed back as it is, the others are read. What a compare of two regions needs, instead of the
   * whole index.
   */
  loadRegions?(
    regions: readonly string[],
    known: ReadonlyMap<string, KnownPartition>,
    /** A listing just made by `listRegions`, used instead of listing again (a sweep of every region). */
    listed?: RegionsListing & { state: 'ready' },
  ): Promise<RegionsLoad>;
  /**
   * One listing of index/: per region that has partitions, its signature (regionSignature: what the
   * catalog's region cache keys on).
   * Reads no partition: what tells an unrestricted listing which regions changed since it last looked.
   */
  listRegions?(): Promise<RegionsListing>;
  /**
   * The persisted summaries of `regions` the listing names (region-summary.ts decodeStoredSummary), each
   * with the signature it was made at; a region whose object is missing, unreadable or corrupt is left out.
   * The caller uses one only when its signature is the region's listed one.
   */
  loadSummaries?(
    regions: readonly string[],
    listed: RegionsListing & { state: 'ready' },
  ): Promise<Map<string, StoredSummary>>;
}

/**
 * A region's signature: its partition objects' keys and ETags as `key@etag`, sorted by key and joined by
 * `|`. Sorted so that a writer listing one region and a reader listing all of index/ agree on it.
 */
export function regionSignature(parts: readonly { key: string; etag: string }[]): string {
  return [...parts]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((part) => `${part.key}@${part.etag}`)
    .join('|');
}

export type RegionsListing =
  | {
      state: 'ready';
      regions: Map<string, string>;
      /** The partition objects listed (what `loadRegions` takes instead of listing again). */
      partitions: { key: string; etag: string }[];
      /** Per region, the key of its persisted summary when one is listed (written at ingest). */
      summaries?: Map<string, string>;
    }
  | { state: 'missing' | 'stale' | 'incomplete' | 'invalid'; reason: string };

/** A partition object as read: its key, the ETag it was read at, and its decoded content. */
export interface KnownPartition {
  key: string;
  etag: string;
  partition: DecodedPartition;
}

export type RegionsLoad =
  | {
      state: 'ready';
      /** Per asked region (a region without documents: an empty list), its partitions. */
      regions: Map<string, KnownPartition[]>;
      /** Objects read by this load (the manifest included). */
      reads: number;
    }
  | { state: 'missing' | 'stale' | 'incomplete' | 'invalid'; reason: string };
