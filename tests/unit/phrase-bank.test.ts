/**
 * The phrase bank (tests/phrases/): sentences and table rows in the forms real board papers use,
 * each with the facts it must give and those it must not give.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { DecisionSchema } from '../../parsers/schema.ts';
import { findAmounts } from '../../parsers/swedish/amounts.ts';
import { effectsFromWording } from '../../parsers/swedish/effects.ts';
import { detectRegion } from '../../parsers/swedish/regions.ts';
import { pagesFromText } from '../helpers/text-pages.ts';
import { DECISION_PHRASES } from '../phrases/decisions.ts';
import { EFFECT_PHRASES } from '../phrases/effects.ts';
import { METADATA_PHRASES } from '../phrases/metadata.ts';
import { MONEY_PHRASES, NOT_MONEY } from '../phrases/money.ts';
import { PAPER_DATE, REFERENCE_PHRASES } from '../phrases/references.ts';
import {
  byHospital,
  byTown,
  NO_REGION,
  PASSING_MENTIONS,
  REGION_PHRASES,
  withDistraction,
} from '../phrases/regions.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('phrase bank: money', () => {
  it.each(MONEY_PHRASES.map((p) => [p.text, p] as const))('%s', (_text, phrase) => {
    const found = findAmounts(phrase.text, phrase.defaultUnit ? { defaultUnit: phrase.defaultUnit } : {});
    expect(found.map((a) => a.amountMsek)).toEqual(phrase.amounts);
  });

  it('no not-money case becomes an amount', () => {
    const leaked = NOT_MONEY.flatMap((p) =>
      findAmounts(p.text, p.defaultUnit ? { defaultUnit: p.defaultUnit } : {}).map(
        (a) => `${p.text} → ${a.raw}`,
      ),
    );
    expect(leaked).toEqual([]);
  });
});

describe('phrase bank: references', () => {
  it.each(REFERENCE_PHRASES.map((p) => [p.text, p] as const))('%s', (_text, phrase) => {
    const doc = analyzePages(pagesFromText(`Datum ${PAPER_DATE}\n\n${phrase.text}`), {
      fileName: 'phrase.pdf',
      info,
    });
    expect(
      doc.references.map((ref) => ({
        body: ref.body,
        date: ref.date,
        paragraph: ref.paragraph,
        ...(ref.diarienummer ? { diarienummer: ref.diarienummer } : {}),
      })),
    ).toEqual(phrase.refs);
  });
});

describe('phrase bank: decisions', () => {
  it.each(DECISION_PHRASES.map((p) => [p.name, p] as const))('%s', (_name, phrase) => {
    const doc = analyzePages(pagesFromText(phrase.text), { fileName: 'phrase.pdf', info });
    const got = doc.decisions.map((d) => [d.id, d.parentId, d.kind, d.actor]);
    expect(got).toEqual(phrase.points.map(([id, parentId, kind, actor]) => [id, parentId, kind, actor]));
    phrase.points.forEach(([, , , , includes], i) => {
      expect(doc.decisions[i]?.text).toContain(includes);
    });
    for (const d of doc.decisions) expect(DecisionSchema.safeParse(d).success).toBe(true);
  });
});

describe("phrase bank: the paper's date and fiscal years", () => {
  it.each(METADATA_PHRASES.map((p) => [p.text.split('\n').join(' / '), p] as const))('%s', (_t, phrase) => {
    const doc = analyzePages(pagesFromText(phrase.text), { fileName: 'phrase.pdf', info });
    if (phrase.date !== undefined) expect(doc.document.date).toBe(phrase.date);
    if (phrase.years !== undefined) expect(doc.document.years).toEqual(phrase.years);
  });
});

describe('phrase bank: the region of every one of the 21 regions', () => {
  const detect = (text: string) => detectRegion([{ number: 1, text }])?.code ?? null;
  it.each(REGION_PHRASES.map((r) => [r.code, r] as const))('%s by name, hospital, town', (code, r) => {
    expect(detect(`${r.name}\nTjänsteskrivelse\n\nText om ekonomin.`)).toBe(code);
    expect(detect(byHospital(r.hospital))).toBe(code);
    expect(detect(byTown(r.town))).toBe(code);
  });
  it.each(
    REGION_PHRASES.map((r, i) => [r.code, r, REGION_PHRASES[(i + 7) % REGION_PHRASES.length]] as const),
  )('%s in the letterhead wins over another region named three times in passing', (code, r, other) => {
    expect(detect(withDistraction(r.name, other?.name ?? ''))).toBe(code);
  });
  it.each(PASSING_MENTIONS)('passing mentions do not decide: %s', (text, code) => {
    expect(detect(text)).toBe(code);
  });
  it('a paper with no clue has no region, with a warning', () => {
    const doc = analyzePages(pagesFromText(NO_REGION), { fileName: 'phrase.pdf', info });
    expect(doc.document.region).toBeNull();
    expect(doc.warnings.map((w) => w.code)).toContain('REGION_UNKNOWN');
  });
});

describe('phrase bank: measure effects and their signs', () => {
  it.each(EFFECT_PHRASES.map((p) => [p.text, p] as const))('%s', (_t, phrase) => {
    const effects = effectsFromWording(phrase.text, { fallbackYear: phrase.fallbackYear });
    // Each effect names the figure as the phrase prints it.
    for (const effect of effects) expect(phrase.text).toContain(effect.raw);
    expect(effects.map(({ raw: _raw, ...rest }) => rest)).toEqual(phrase.effects);
  });

  it('a list of measures worded other than "… mindre 2024 än 2023" gives measures with signed effects', () => {
    const doc = analyzePages(
      pagesFromText(
        [
          '## Åtgärder för ekonomi i balans',
          '1. Översyn av lokaler, 4 mkr lägre kostnad 2026 jämfört med 2025.',
          '2. Nya avgifter ger högre intäkter med 3 mkr från 2025.',
          '3. Stängd närakut ger minskade intäkter med 2 mkr 2025.',
        ].join('\n'),
      ),
      { fileName: 'phrase.pdf', info },
    );
    expect(doc.measures.map((m) => m.effects.map((x) => [x.year, x.amountMsek, x.type]))).toEqual([
      [[2026, 4, 'cost_reduction']],
      [[2025, 3, 'revenue_increase']],
      [[2025, -2, 'revenue_decrease']],
    ]);
  });
});
