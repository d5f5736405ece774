/**
 * Generates a synthetic but realistic corpus for the query benchmark: N ExtractedDocuments (21 regions,
 * fiscal years 2022–2026, the measure taxonomy, mkr amounts with one decimal, stated totals that mostly
 * reconcile, decision points) written in the bucket layout — extracted/<id>.json plus the facts/ JSON Lines
 * that `toFactFiles` makes, exactly as the pipeline writes them.
 *
 *   npx tsx scripts/generate-facts.ts <dir> [--documents 10000] [--seed 1]
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { toFactFiles, toJsonLines } from '../parsers/facts.ts';
import {
  DOCUMENT_TYPES,
  type ExtractedDocument,
  type ExtractedDocumentInput,
  ExtractedDocumentSchema,
  MEASURE_CATEGORIES,
  type MeasureCategory,
  REGION_CODES,
} from '../parsers/schema.ts';
import { mulberry32 as random } from './prng.ts';

const REGION_NAMES: Record<string, string> = {
  'SE-AB': 'Region Stockholm',
  'SE-C': 'Region Uppsala',
  'SE-D': 'Region Sörmland',
  'SE-E': 'Region Östergötland',
  'SE-F': 'Region Jönköpings län',
  'SE-G': 'Region Kronoberg',
  'SE-H': 'Region Kalmar län',
  'SE-I': 'Region Gotland',
  'SE-K': 'Region Blekinge',
  'SE-M': 'Region Skåne',
  'SE-N': 'Region Halland',
  'SE-O': 'Västra Götalandsregionen',
  'SE-S': 'Region Värmland',
  'SE-T': 'Region Örebro län',
  'SE-U': 'Region Västmanland',
  'SE-W': 'Region Dalarna',
  'SE-X': 'Region Gävleborg',
  'SE-Y': 'Region Västernorrland',
  'SE-Z': 'Region Jämtland Härjedalen',
  'SE-AC': 'Region Västerbotten',
  'SE-BD': 'Region Norrbotten',
};

const TITLES: Record<MeasureCategory, string[]> = {
  staffing_agency: ['Minskad hyrbemanning', 'Minska kostnader för inhyrd personal', 'Avveckla stafettläkare'],
  purchased_care: ['Minskad köpt vård', 'Minskade kostnader för utomlänsvård', 'Färre externa vårdköp'],
  pharmaceuticals: ['Effektivare läkemedelshantering', 'Översyn av läkemedelsanvändningen'],
  care_pathways: ['Effektivare vårdflöden', 'Ökad produktivitet i specialistvården', 'En väg in'],
  revenue: ['Ökade intäkter', 'Höjda patientavgifter', 'Bättre fakturering av utomlänspatienter'],
  administration: ['Färre administrativa tjänster', 'Översyn av chefsuppdrag', 'Kortare mötestider'],
  staffing_organisation: ['Vakanshållning', 'Sammanslagning av enheter', 'Färre vårdplatser', 'Taskshifting'],
  transport_prehospital: ['Sjukresor', 'Ambulans', 'Larmcentral'],
  procurement: [
    'Minskat inköp av varor och tjänster',
    'Upphandling av medicinskt material',
    'Färre licenser',
  ],
  digitalisation: [
    'Digitala arbetssätt',
    'Digitala vårdmöten',
    'Taligenkänning',
    'Digital psykiatrisk mottagning',
  ],
  premises: ['Minskade lokalytor', 'Senarelagd ombyggnad', 'Pausad investering'],
  service_offering: ['Utbudsminskningar', 'Ändrade öppettider på närakuten', 'Höjd indikationsgräns'],
  other: ['Övriga åtgärder', 'Övriga effektiviseringar'],
};

const DECISION_TEXTS = [
  'Verkställa kostnadsminskningar genom minskad hyrbemanning.',
  'Ge regiondirektören i uppdrag att ta fram en plan med budget för kommande år.',
  'Godkänna handlingsplanen för ekonomi i balans.',
  'Minska köpt vård genom att utöka egen verksamhet.',
  'Återrapportera åtgärdernas effekter till nämnden varje kvartal.',
  'Avveckla inhyrda sjuksköterskor och hyrläkare senast vid årets slut.',
];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

/**
 * One synthetic document. `validate: false` skips the contract's zod parse (its defaults are then left for the
 * reader's parse to fill): the index bench makes 200,000 of them, and the parse is most of the cost.
 */
export function syntheticDocument(
  index: number,
  rand: () => number,
  options: { validate?: boolean } = {},
): ExtractedDocument {
  const sha256 = createHash('sha256').update(`synthetic-${index}`).digest('hex');
  const documentId = `sha256:${sha256}`;
  const region = REGION_CODES[index % REGION_CODES.length]!;
  const firstYear = 2022 + Math.floor(rand() * 4);
  const span = 1 + Math.floor(rand() * 3);
  const years = Array.from({ length: span }, (_, i) => firstYear + i).filter((year) => year <= 2026);
  const measureCount = 3 + Math.floor(rand() * 12);
  const measures: ExtractedDocumentInput['measures'] = [];
  for (let m = 0; m < measureCount; m++) {
    const category = rand() < 0.15 ? 'staffing_agency' : pick(rand, MEASURE_CATEGORIES);
    const base = Math.round((0.1 + rand() * (rand() < 0.2 ? 80 : 20)) * 10) / 10;
    const title = pick(rand, TITLES[category]);
    measures.push({
      id: `m${m + 1}`,
      label: String.fromCharCode(97 + (m % 26)),
      title,
      category,
      subMeasureCount: rand() < 0.3 ? 2 + Math.floor(rand() * 10) : null,
      effects: years.map((year, i) => ({
        year,
        amountMsek: Math.round(base * (1 + i * 0.5) * 10) / 10,
        type: category === 'revenue' ? ('revenue_increase' as const) : ('cost_reduction' as const),
        baselineYear: i === 0 ? year - 1 : null,
      })),
      page: 1 + Math.floor(rand() * 6),
      evidence: `${String.fromCharCode(97 + (m % 26))}) ${title} ${String(base).replace('.', ',')} mkr`,
    });
  }
  const totals = years.map((year) => {
    const sum = measures.reduce(
      (acc, measure) => acc + (measure.effects.find((e) => e.year === year)?.amountMsek ?? 0),
      0,
    );
    const stated = rand() < 0.9 ? Math.round(sum * 10) / 10 : Math.round(sum * 1.05 * 10) / 10;
    return {
      label: 'Totalt',
      year,
      amountMsek: stated,
      sumOfMeasures: Math.round(sum * 10) / 10,
      reconciled: Math.abs(stated - sum) < 0.05,
      page: 1,
    };
  });
  const decisions = Array.from({ length: Math.floor(rand() * 5) }, (_, d) => ({
    id: String(d + 1),
    parentId: null,
    kind: rand() < 0.7 ? ('proposal' as const) : ('decision' as const),
    actor: rand() < 0.5 ? 'Regiondirektören' : 'Hälso- och sjukvårdsnämnden',
    text: pick(rand, DECISION_TEXTS),
    page: 2,
  }));
  const date = `${firstYear - 1}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  const input = {
    schemaVersion: 1,
    documentId,
    source: {
      bucket: 'namndkoll-bench',
      key: `uploads/${region}/synthetic-${index}.pdf`,
      sha256,
      bytes: 40_000 + Math.floor(rand() * 400_000),
      pageCount: 2 + Math.floor(rand() * 30),
      fileName: `synthetic-${index}.pdf`,
      uploadedAt: '2025-11-01T10:00:00.000Z',
    },
    extraction: {
      method: 'text',
      parserVersion: '0.1.0',
      extractedAt: '2025-11-01T10:00:01.000Z',
      durationMs: 200,
      warnings: totals
        .filter((total) => !total.reconciled)
        .map((total) => ({
          code: 'TOTAL_MISMATCH',
          message: `Totalt ${total.year} stämmer inte med åtgärderna`,
          page: 1,
        })),
    },
    document: {
      region: {
        code: region,
        name: REGION_NAMES[region]!,
        evidence: REGION_NAMES[region]!,
        page: 1,
        source: 'detected',
      },
      body: 'Hälso- och sjukvårdsnämnden',
      documentType: pick(rand, DOCUMENT_TYPES),
      title: `Åtgärder för ekonomi i balans ${years.length > 1 ? `${years[0]}–${years.at(-1)}` : years[0]} (${index})`,
      date,
      years,
    },
    measures,
    totals,
    amounts: totals.map((total) => ({
      amountMsek: total.amountMsek,
      raw: `${String(total.amountMsek).replace('.', ',')} mkr`,
      qualifier: null,
      year: total.year,
      context: `Åtgärderna beräknas ge ${String(total.amountMsek).replace('.', ',')} mkr ${total.year}.`,
      page: 1,
    })),
    decisions,
    references: [],
  } satisfies ExtractedDocumentInput;
  return options.validate === false
    ? (input as unknown as ExtractedDocument)
    : ExtractedDocumentSchema.parse(input);
}

export interface GeneratedCorpus {
  dir: string;
  documents: number;
  files: number;
}

/** Write `documents` synthetic documents into `dir` (bucket layout). Reuses a complete earlier run. */
export async function generateCorpus(options: {
  dir: string;
  documents: number;
  seed?: number;
}): Promise<GeneratedCorpus> {
  const marker = join(options.dir, '.generated.json');
  const wanted = { documents: options.documents, seed: options.seed ?? 1, version: 2 };
  if (existsSync(marker)) {
    const previous = JSON.parse(await readFile(marker, 'utf8')) as typeof wanted & { files: number };
    if (
      previous.documents === wanted.documents &&
      previous.seed === wanted.seed &&
      previous.version === wanted.version
    ) {
      return { dir: options.dir, documents: previous.documents, files: previous.files };
    }
  }
  await rm(options.dir, { recursive: true, force: true });
  const rand = random(wanted.seed);
  const madeDirs = new Set<string>();
  let files = 0;
  const writeKey = async (key: string, text: string): Promise<void> => {
    const path = join(options.dir, ...key.split('/'));
    const parent = dirname(path);
    if (!madeDirs.has(parent)) {
      await mkdir(parent, { recursive: true });
      madeDirs.add(parent);
    }
    await writeFile(path, text);
    files++;
  };
  for (let index = 0; index < options.documents; index++) {
    const doc = syntheticDocument(index, rand);
    const writes = [writeKey(`extracted/${doc.documentId}.json`, JSON.stringify(doc))];
    for (const file of toFactFiles(doc)) writes.push(writeKey(file.key, toJsonLines(file.rows)));
    await Promise.all(writes);
  }
  await writeFile(marker, JSON.stringify({ ...wanted, files }));
  return { dir: options.dir, documents: options.documents, files };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { documents: { type: 'string' }, seed: { type: 'string' } },
    allowPositionals: true,
  });
  const dir = positionals[0];
  if (!dir) {
    process.stderr.write('Usage: npx tsx scripts/generate-facts.ts <dir> [--documents 10000] [--seed 1]\n');
    process.exit(2);
  }
  const started = performance.now();
  const corpus = await generateCorpus({
    dir: resolve(dir),
    documents: Number(values.documents ?? 10_000),
    seed: Number(values.seed ?? 1),
  });
  process.stdout.write(
    `${corpus.documents} documents, ${corpus.files} files in ${corpus.dir} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
  );
}
