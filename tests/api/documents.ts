/**
 * Hand-made ExtractedDocuments for the API tests, shaped like the seed papers (a Jämtland Härjedalen memo, a
 * Dalarna action plan) plus one whose text carries HTML. Every document passes the contract's zod schema.
 */
import { createHash } from 'node:crypto';
import {
  type ExtractedDocument,
  type ExtractedDocumentInput,
  ExtractedDocumentSchema,
} from '../../parsers/schema.ts';

type MeasureInput = ExtractedDocumentInput['measures'][number];

function idOf(seed: string): { documentId: string; sha256: string } {
  const sha256 = createHash('sha256').update(seed).digest('hex');
  return { documentId: `sha256:${sha256}`, sha256 };
}

export function makeDocument(input: {
  seed: string;
  region: { code: 'SE-W' | 'SE-Z' | 'SE-M'; name: string } | null;
  documentType: ExtractedDocument['document']['documentType'];
  title: string;
  date: string;
  years: number[];
  measures: MeasureInput[];
  totals?: ExtractedDocumentInput['totals'];
  decisions?: ExtractedDocumentInput['decisions'];
  warnings?: ExtractedDocumentInput['extraction']['warnings'];
}): ExtractedDocument {
  const { documentId, sha256 } = idOf(input.seed);
  return ExtractedDocumentSchema.parse({
    schemaVersion: 1,
    documentId,
    source: {
      bucket: 'namndkoll-test',
      key: `uploads/${input.seed}.pdf`,
      sha256,
      bytes: 1000,
      pageCount: 4,
      fileName: `${input.seed}.pdf`,
      uploadedAt: '2025-11-01T10:00:00.000Z',
    },
    extraction: {
      method: 'text',
      parserVersion: '0.1.0',
      extractedAt: '2025-11-01T10:00:01.000Z',
      durationMs: 120,
      warnings: input.warnings ?? [],
    },
    document: {
      region: input.region
        ? { ...input.region, evidence: input.region.name, page: 1, source: 'detected' }
        : null,
      body: 'Hälso- och sjukvårdsnämnden',
      documentType: input.documentType,
      title: input.title,
      date: input.date,
      years: input.years,
    },
    measures: input.measures,
    totals: input.totals ?? [],
    amounts: [],
    decisions: input.decisions ?? [],
    references: [],
  } satisfies ExtractedDocumentInput);
}

function measure(
  id: string,
  title: string,
  category: MeasureInput['category'],
  effects: Record<number, number>,
  page: number,
  evidence: string,
): MeasureInput {
  return {
    id,
    label: null,
    title,
    category,
    subMeasureCount: null,
    effects: Object.entries(effects).map(([year, amountMsek]) => ({
      year: Number(year),
      amountMsek,
      type: 'cost_reduction',
      baselineYear: null,
    })),
    page,
    evidence,
  };
}

export const jamtlandMemo = makeDocument({
  seed: 'memo-se-z',
  region: { code: 'SE-Z', name: 'Region Jämtland Härjedalen' },
  documentType: 'tjansteskrivelse',
  title: 'Åtgärder för ekonomi i balans 2024',
  date: '2023-11-20',
  years: [2024],
  measures: [
    measure(
      'm1',
      'Minskad hyrbemanning',
      'staffing_agency',
      { 2024: 50 },
      1,
      'a) Minskad hyrbemanning 50 mkr mindre 2024 än 2023',
    ),
    measure('m2', 'Minskad köpt vård', 'purchased_care', { 2024: 8 }, 1, 'b) Minskad köpt vård 8 mkr'),
    measure(
      'm3',
      'Effektivare läkemedelshantering',
      'pharmaceuticals',
      { 2024: 4 },
      1,
      'c) Effektivare läkemedelshantering 4 mkr',
    ),
    measure('m4', 'Övriga åtgärder', 'other', { 2024: 15 }, 2, 'f) Övriga åtgärder 15 mkr'),
  ],
  totals: [{ label: 'Totalt', year: 2024, amountMsek: 77, sumOfMeasures: 77, reconciled: true, page: 1 }],
  decisions: [
    {
      id: '1a',
      parentId: '1',
      kind: 'proposal',
      actor: 'Regiondirektören',
      text: 'Verkställa kostnadsminskningar genom minskad hyrbemanning.',
      page: 3,
    },
    {
      id: '2',
      parentId: null,
      kind: 'proposal',
      actor: 'Regiondirektören',
      text: 'Ge i uppdrag att ta fram en plan med budget 2024.',
      page: 3,
    },
  ],
});

export const dalarnaPlan = makeDocument({
  seed: 'plan-se-w',
  region: { code: 'SE-W', name: 'Region Dalarna' },
  documentType: 'handlingsplan',
  title: 'Handlingsplan för ekonomi i balans',
  date: '2023-10-24',
  years: [2023, 2024, 2025],
  measures: [
    measure(
      'm1',
      'Minska kostnader för inhyrd personal',
      'staffing_agency',
      { 2023: 5.3, 2024: 18.5, 2025: 19.5 },
      3,
      'Minska kostnader för inhyrd personal 5,3 18,5 19,5',
    ),
    measure(
      'm2',
      'Sjukresor (6 insatser)',
      'transport_prehospital',
      { 2023: 3.5, 2024: 8.9, 2025: 8.9 },
      2,
      'Sjukresor 3,5 8,9 8,9',
    ),
    measure('m3', 'Ambulans', 'transport_prehospital', { 2024: 11.5, 2025: 17.5 }, 2, 'Ambulans 11,5 17,5'),
    measure(
      'm4',
      'Översyn av läkemedelsanvändningen',
      'pharmaceuticals',
      { 2023: 20, 2024: 40, 2025: 40 },
      3,
      'Läkemedelsanvändningen 20 40 40',
    ),
  ],
  totals: [
    { label: 'Totalt', year: 2024, amountMsek: 78.9, sumOfMeasures: 78.9, reconciled: true, page: 4 },
    { label: 'Totalt', year: 2025, amountMsek: 90, sumOfMeasures: 85.9, reconciled: false, page: 4 },
  ],
  warnings: [
    { code: 'TOTAL_MISMATCH', message: 'Totalt 2025 är 90 men åtgärderna summerar till 85,9', page: 4 },
  ],
});

export const XSS_SCRIPT = '<script>alert(1)</script>';
export const XSS_IMG = '<img src=x onerror=alert(1)>';

export const hostileDocument = makeDocument({
  seed: 'hostile-se-m',
  region: { code: 'SE-M', name: 'Region Skåne' },
  documentType: 'bilaga',
  title: `Bilaga ${XSS_SCRIPT}`,
  date: '2023-09-01',
  years: [2024],
  measures: [
    measure(
      'm1',
      `Hyrläkare ${XSS_IMG}`,
      'staffing_agency',
      { 2024: 1.25 },
      2,
      `Hyrläkare ${XSS_SCRIPT} ${XSS_IMG} 1,25 mkr`,
    ),
  ],
  decisions: [
    { id: '1', parentId: null, kind: 'decision', actor: null, text: `=HYPERLINK("x") ${XSS_IMG}`, page: 1 },
  ],
});

export const unknownRegionDocument = makeDocument({
  seed: 'unknown-region',
  region: null,
  documentType: 'okand',
  title: 'Okänd handling',
  date: '2024-02-02',
  years: [2024],
  measures: [
    measure('m1', 'Digitala vårdmöten', 'digitalisation', { 2024: 2 }, 1, 'Digitala vårdmöten 2 mkr'),
  ],
});

export const ALL_DOCUMENTS = [jamtlandMemo, dalarnaPlan, hostileDocument, unknownRegionDocument];
