/**
 * The contract's word lists and the few helpers over them that code outside extraction needs, apart from
 * parsers/schema.ts (which builds its zod enums from these lists) so that the CLI's query commands and
 * the query layer read them without loading zod: `namndkoll documents` and its siblings validate nothing
 * themselves, they read the ingest-time index.
 */
import type { ExtractedDocument } from './schema.ts';

export { REGION_CODES, type RegionCode } from './region-codes.ts';

export const DOCUMENT_TYPES = [
  'tjansteskrivelse',
  'rapport',
  'bilaga',
  'handlingsplan',
  'protokoll',
  'okand',
] as const;

export const MEASURE_CATEGORIES = [
  'staffing_agency',
  'purchased_care',
  'pharmaceuticals',
  'care_pathways',
  'revenue',
  'administration',
  'staffing_organisation',
  'transport_prehospital',
  'procurement',
  'digitalisation',
  'premises',
  'service_offering',
  'other',
] as const;

/** Swedish names of the taxonomy, as users see them in the page and exports. */
export const CATEGORY_NAMES_SV: Record<(typeof MEASURE_CATEGORIES)[number], string> = {
  staffing_agency: 'Inhyrd personal',
  purchased_care: 'Köpt vård',
  pharmaceuticals: 'Läkemedel',
  care_pathways: 'Vårdflöden och produktivitet',
  revenue: 'Intäkter och avgifter',
  administration: 'Administration och ledning',
  staffing_organisation: 'Bemanning, organisation, vårdplatser',
  transport_prehospital: 'Sjukresor, ambulans, larmcentral',
  procurement: 'Inköp, material, tjänster',
  digitalisation: 'Digitala arbetssätt',
  premises: 'Lokaler och investeringar',
  service_offering: 'Utbud',
  other: 'Övrigt',
};

export const QUALIFIERS = [
  'ca',
  'cirka',
  'knappt',
  'drygt',
  'omkring',
  'nästan',
  'över',
  'under',
  'upp till',
] as const;

/**
 * What a measure's effect does to the result. A saving (cost_reduction) and added revenue
 * (revenue_increase) improve it and are positive; higher cost (cost_increase) and lower revenue
 * (revenue_decrease) worsen it and are negative.
 */
export const EFFECT_TYPES = [
  'cost_reduction',
  'revenue_increase',
  'cost_increase',
  'revenue_decrease',
  'unspecified',
] as const;

/** Partition value used when a document has no detected or stated region. */
export const UNKNOWN_REGION = 'unknown';

/** The year a document-level row is filed under: its first fiscal year, else its date's, else the upload's. */
export function documentYear(doc: ExtractedDocument): number {
  const first = [...doc.document.years].sort((a, b) => a - b)[0];
  if (first !== undefined) return first;
  if (doc.document.date) return Number(doc.document.date.slice(0, 4));
  return Number(doc.source.uploadedAt.slice(0, 4));
}
