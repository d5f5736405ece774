/**
 * References to earlier decisions: which body decided, when, and under which §
 * ("Regionstyrelsen beslutade 30 september 2025 (§147)", "Hälso- och sjukvårdsnämnden beslutade vid
 * sitt sammanträde 14 juni 2023", "Regionfullmäktige beslutade (§114) enligt förslag").
 */
import type { Reference } from '../schema.ts';
import { findDates, findParagraphRefs } from '../swedish/dates.ts';
import { sentenceAround } from '../swedish/text.ts';
import { clip } from './evidence.ts';
import type { Layout } from './layout.ts';

const DECISION_VERB_RE =
  /\b(?:beslutade|beslöt|har beslutat|hade beslutat|fattade beslut|har fattat beslut|tog beslut|hanterade|hanterades|behandlade|behandlades|antog|har antagit|antogs|fastställde|fastställdes|godkände|godkändes|gav\s+[\p{L}\- ]{2,60}?\s+i uppdrag|uppdrog|beviljade|enligt beslut)\b/iu;

/** A decision-making body: nämnder, styrelser, fullmäktige, utskott (Unicode-aware word edges: JavaScript's
 * \b treats å/ä/ö as non-letters). */
export const BODY_RE =
  /(?<![\p{L}\p{N}])(?:(?:[\p{L}]+-\s(?:och|eller)\s)?[\p{L}]*nämnd(?:en|ens)?|region(?:styrelsen|fullmäktige)s?|landstings(?:styrelsen|fullmäktige)s?|kommun(?:styrelsen|fullmäktige)s?|fullmäktige|[\p{L}]*utskott(?:et|ets)?|regeringen|RS|RF|HSN|HSU|RSAU)(?![\p{L}\p{N}])/giu;

/** Board names in a text: abbreviations only in capitals ("rs" is no board); a bare "nämnd" names none. */
export function findBodies(text: string): { raw: string; body: string; index: number }[] {
  return [...text.matchAll(BODY_RE)]
    .filter(
      (m) => !/^(?:nämnd|utskott)$/i.test(m[0]) && (!/^[a-z]{2,4}$/i.test(m[0]) || /^[A-Z]+$/.test(m[0])),
    )
    .map((m) => ({ raw: m[0], body: normalizeBody(m[0]), index: m.index }));
}

/** The abbreviations board papers cite decisions with ("RS § 147", "HSN 2024-03-20 § 45"). */
const BODY_ABBREVIATIONS: Record<string, string> = {
  RS: 'Regionstyrelsen',
  RF: 'Regionfullmäktige',
  HSN: 'Hälso- och sjukvårdsnämnden',
  HSU: 'Hälso- och sjukvårdsutskottet',
  RSAU: 'Regionstyrelsens arbetsutskott',
};

export function normalizeBody(raw: string): string {
  const abbreviation = BODY_ABBREVIATIONS[raw.trim()];
  if (abbreviation) return abbreviation;
  let body = raw.replace(/\s+/g, ' ').trim();
  // Genitive → nominative: "hälso- och sjukvårdsnämndens" → "Hälso- och sjukvårdsnämnden".
  if (/(?:nämndens|styrelsens|fullmäktiges|utskottets)$/i.test(body)) body = body.slice(0, -1);
  if (/^nämnd$/i.test(body)) body = 'nämnden';
  return body.charAt(0).toUpperCase() + body.slice(1);
}

interface Mention {
  body: string;
  index: number;
}

function bodiesIn(text: string): Mention[] {
  return findBodies(text).map(({ body, index }) => ({ body, index }));
}

export function extractReferences(
  layout: Layout,
  options: { consumed: Set<number>; defaultYear: number | null },
): Reference[] {
  const references: Reference[] = [];
  for (const block of layout.blocks) {
    if (block.kind === 'heading' || block.lines.some((l) => options.consumed.has(l.index))) continue;
    let text = '';
    const starts: { offset: number; page: number }[] = [];
    for (const line of block.lines) {
      if (text) text += ' ';
      starts.push({ offset: text.length, page: line.page });
      text += line.text;
    }
    const seen = new Set<number>();
    for (const verb of text.matchAll(new RegExp(DECISION_VERB_RE.source, 'giu'))) {
      const sentence = sentenceAround(text, verb.index, verb.index + verb[0].length);
      if (seen.has(sentence.start)) continue;
      seen.add(sentence.start);
      const verbAt = verb.index - sentence.start;
      const bodies = bodiesIn(sentence.text);
      if (bodies.length === 0) continue;
      // The subject: the last body named before the verb; else the first after it ("hanterades på Regionfullmäktige").
      const before = bodies.filter((b) => b.index < verbAt);
      const body = (before.at(-1) ?? bodies.find((b) => b.index > verbAt))?.body;
      if (!body) continue;
      const after = sentence.text.slice(verbAt);
      const dates = findDates(after, options.defaultYear ? { defaultYear: options.defaultYear } : {});
      const date = dates.find((d) => d.iso !== null && d.index < 120) ?? null;
      const paragraph =
        findParagraphRefs(after).find((p) => p.index < 160) ?? findParagraphRefs(sentence.text)[0] ?? null;
      let page = block.page;
      for (const start of starts) if (start.offset <= sentence.start) page = start.page;
      references.push({
        body,
        date: date?.iso ?? null,
        paragraph: paragraph?.paragraph ?? null,
        text: clip(sentence.text.replace(/\s+/g, ' '), 400),
        page,
      });
    }
  }
  return mergeAdjacent(references);
}

/**
 * "Förslaget hanterades på Regionfullmäktige 21-22 oktober 2025. Regionfullmäktige beslutade (§114)":
 * two sentences, one decision; the date of one and the § of the other are merged.
 */
function mergeAdjacent(references: Reference[]): Reference[] {
  const out: Reference[] = [];
  for (const ref of references) {
    const prev = out.at(-1);
    if (
      prev &&
      prev.body === ref.body &&
      prev.page === ref.page &&
      ((prev.date !== null && prev.paragraph === null && ref.date === null && ref.paragraph !== null) ||
        (prev.date === null && prev.paragraph !== null && ref.date !== null && ref.paragraph === null))
    ) {
      out[out.length - 1] = {
        ...prev,
        date: prev.date ?? ref.date,
        paragraph: prev.paragraph ?? ref.paragraph,
        text: clip(`${prev.text} ${ref.text}`, 600),
      };
      continue;
    }
    out.push(ref);
  }
  return out;
}
