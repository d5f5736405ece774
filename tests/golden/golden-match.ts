/**
 * The golden matching rules of the contract (subset semantics: extra facts are allowed).
 * `checkGolden` returns one line per expected fact that the extraction lacks; [] means all found.
 */
import type { ExtractedDocument } from '../../parsers/schema.ts';

export interface GoldenFacts {
  seed?: string;
  document?: { region?: string; documentType?: string; years?: number[]; body?: string };
  measures?: {
    label?: string;
    titleIncludes: string;
    category?: string;
    subMeasureCount?: number;
    effects?: Record<string, number>;
  }[];
  totals?: { year: number; amountMsek: number }[];
  amounts?: number[];
  decisions?: { id: string; textIncludes: string }[];
  references?: { body: string; date?: string; paragraph?: string }[];
}

const TOLERANCE = 0.05;

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE;
}

export function checkGolden(doc: ExtractedDocument, golden: GoldenFacts): string[] {
  const missing: string[] = [];
  const d = golden.document;
  if (d?.region && doc.document.region?.code !== d.region) {
    missing.push(`document.region: expected ${d.region}, got ${doc.document.region?.code ?? 'null'}`);
  }
  if (d?.documentType && doc.document.documentType !== d.documentType) {
    missing.push(`document.documentType: expected ${d.documentType}, got ${doc.document.documentType}`);
  }
  for (const year of d?.years ?? []) {
    if (!doc.document.years.includes(year))
      missing.push(`document.years: ${year} missing (got ${doc.document.years.join(', ')})`);
  }
  if (d?.body && doc.document.body?.toLowerCase() !== d.body.toLowerCase()) {
    missing.push(`document.body: expected ${d.body}, got ${doc.document.body}`);
  }

  for (const want of golden.measures ?? []) {
    const found = doc.measures.some(
      (m) =>
        m.title.toLowerCase().includes(want.titleIncludes.toLowerCase()) &&
        (want.label === undefined || m.label === want.label) &&
        (want.category === undefined || m.category === want.category) &&
        (want.subMeasureCount === undefined || m.subMeasureCount === want.subMeasureCount) &&
        Object.entries(want.effects ?? {}).every(([year, amount]) =>
          m.effects.some((e) => e.year === Number(year) && near(e.amountMsek, amount)),
        ),
    );
    if (!found) {
      const candidates = doc.measures
        .filter((m) => m.title.toLowerCase().includes(want.titleIncludes.toLowerCase()))
        .map(
          (m) =>
            `${m.label ?? '-'} "${m.title}" ${m.category} n=${m.subMeasureCount} ${m.effects.map((e) => `${e.year}:${e.amountMsek}`).join(' ')}`,
        );
      missing.push(
        `measure ${JSON.stringify(want)} not found; title matches: ${candidates.join(' | ') || 'none'}`,
      );
    }
  }

  for (const want of golden.totals ?? []) {
    if (!doc.totals.some((t) => t.year === want.year && near(t.amountMsek, want.amountMsek))) {
      missing.push(`total ${want.year} ${want.amountMsek} not found`);
    }
  }

  const figures = [
    ...doc.amounts.map((a) => Math.abs(a.amountMsek)),
    ...doc.measures.flatMap((m) => m.effects.map((e) => Math.abs(e.amountMsek))),
    ...doc.totals.map((t) => Math.abs(t.amountMsek)),
  ];
  for (const amount of golden.amounts ?? []) {
    if (!figures.some((f) => near(f, Math.abs(amount)))) missing.push(`amount ${amount} not found`);
  }

  for (const want of golden.decisions ?? []) {
    const decision = doc.decisions.find((x) => x.id === want.id);
    if (!decision) missing.push(`decision ${want.id} not found`);
    else if (!decision.text.toLowerCase().includes(want.textIncludes.toLowerCase())) {
      missing.push(`decision ${want.id} text lacks "${want.textIncludes}": ${decision.text}`);
    }
  }

  for (const want of golden.references ?? []) {
    const found = doc.references.some(
      (r) =>
        r.body.toLowerCase() === want.body.toLowerCase() &&
        (want.date === undefined || r.date === want.date) &&
        (want.paragraph === undefined ||
          r.paragraph?.replace(/\s/g, '') === want.paragraph.replace(/\s/g, '')),
    );
    if (!found) missing.push(`reference ${JSON.stringify(want)} not found`);
  }
  return missing;
}
