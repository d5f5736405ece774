/**
 * Swedish text helpers shared by the API, the exports and the CLI: accent-insensitive search and the number
 * forms Swedish readers and Swedish Excel expect (decimal comma).
 */
import type { DocumentType, RegionCode } from '../parsers/schema.ts';
import { formatMkr, formatMsek, swedishDecimal } from '../parsers/swedish/numbers.ts';
import { fold } from '../parsers/swedish/text.ts';

/** The project's one accent fold lives with the parsers, which need it too; search folds the same way. */
export { fold };

/** Words of a search query, folded; every word must occur in the searched text. */
export function queryWords(q: string | undefined): string[] {
  if (!q) return [];
  return fold(q)
    .split(/[^A-Za-zªµºÀ-ÖØ-öø-ɏ\p{N}]+/u)
    .filter((word) => word.length > 0);
}

export function matchesWords(foldedText: string, words: readonly string[]): boolean {
  return words.every((word) => foldedText.includes(word));
}

/** Million SEK with decimal comma and no grouping, for CSV cells Swedish Excel reads as numbers. */
export function csvNumber(value: number): string {
  return swedishDecimal(Math.round(value * 100) / 100);
}

/** The project's one money formatter (`1 234,5`, `1 234,5 mkr`), shared with the parsers' warnings. */
export { formatMkr, formatMsek, swedishDecimal };

/** Short names of the regions (contract: ISO 3166-2:SE codes). */
export const REGION_NAMES: Record<RegionCode, string> = {
  'SE-AB': 'Stockholm',
  'SE-C': 'Uppsala',
  'SE-D': 'Sörmland',
  'SE-E': 'Östergötland',
  'SE-F': 'Jönköpings län',
  'SE-G': 'Kronoberg',
  'SE-H': 'Kalmar län',
  'SE-I': 'Gotland',
  'SE-K': 'Blekinge',
  'SE-M': 'Skåne',
  'SE-N': 'Halland',
  'SE-O': 'Västra Götalandsregionen',
  'SE-S': 'Värmland',
  'SE-T': 'Örebro län',
  'SE-U': 'Västmanland',
  'SE-W': 'Dalarna',
  'SE-X': 'Gävleborg',
  'SE-Y': 'Västernorrland',
  'SE-Z': 'Jämtland Härjedalen',
  'SE-AC': 'Västerbotten',
  'SE-BD': 'Norrbotten',
};

/** Document types as people name them (the page, the CLI, the exports); the codes stay in JSON. */
export const DOCUMENT_TYPE_NAMES_SV: Record<DocumentType, string> = {
  tjansteskrivelse: 'Tjänsteskrivelse',
  rapport: 'Rapport',
  bilaga: 'Bilaga',
  handlingsplan: 'Handlingsplan',
  protokoll: 'Protokoll',
  okand: 'Okänd typ',
};

/**
 * Effect types in Swedish. Keyed by string, not by the schema's enum, so a type added to the schema shows
 * as a plain Swedish fallback until it gets its name (tests/unit/query-swedish.test.ts asks for every one).
 */
export const EFFECT_TYPE_NAMES_SV: Readonly<Record<string, string>> = {
  cost_reduction: 'Kostnadsminskning',
  revenue_increase: 'Intäktsökning',
  cost_increase: 'Kostnadsökning',
  revenue_decrease: 'Intäktsminskning',
  unspecified: 'Ej angiven',
};

export function effectTypeNameSv(type: string): string {
  return EFFECT_TYPE_NAMES_SV[type] ?? 'Annan effekt';
}

export function documentTypeNameSv(type: string): string {
  return (DOCUMENT_TYPE_NAMES_SV as Record<string, string>)[type] ?? 'Okänd typ';
}
