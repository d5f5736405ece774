/** The corpus scorer: recall, precision and wrong effects counted as the accuracy report says. */
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../parsers/schema.ts';
import { scoreFacts, type TruthFacts } from './golden-match.ts';

const measure = (title: string, effects: [number, number][], page = 2, label: string | null = null) => ({
  id: title,
  label,
  title,
  category: 'other',
  subMeasureCount: null,
  effects: effects.map(([year, amountMsek]) => ({
    year,
    amountMsek,
    type: 'cost_reduction',
    baselineYear: null,
  })),
  page,
  evidence: title,
});

function doc(over: Partial<Record<string, unknown>>): ExtractedDocument {
  return {
    document: { region: null, body: null, documentType: 'handlingsplan', title: null, date: null, years: [] },
    measures: [],
    totals: [],
    amounts: [],
    decisions: [],
    references: [],
    extraction: { warnings: [] },
    ...over,
  } as unknown as ExtractedDocument;
}

const truth: TruthFacts = {
  amountsSigned: true,
  document: { region: 'SE-N', documentType: 'handlingsplan', date: '2024-10-01', years: [2025, 2026] },
  measures: [
    { titleIncludes: 'Digitala kallelser', effects: { '2025': 1.5, '2026': 3 } },
    { titleIncludes: 'Avveckling av inhyrda lokaler', effects: { '2026': 4.2 } },
  ],
  totals: [
    { year: 2025, amountMsek: 1.5 },
    { year: 2026, amountMsek: 7.2 },
  ],
  amounts: [-84, 12.5],
  decisions: [{ id: '1', textIncludes: 'godkänna planen' }],
  references: [{ body: 'Regionstyrelsen', date: '2024-03-12', paragraph: '§45' }],
};

describe('scoreFacts', () => {
  it('a measure counts only with every effect; an extra or wrong effect makes it an extra and a wrong number', () => {
    const s = scoreFacts(
      doc({
        measures: [
          measure('Digitala kallelser i stället för brev', [
            [2025, 1.5],
            [2026, 3.04],
          ]),
          measure('Avveckling av inhyrda lokaler', [
            [2025, 9],
            [2026, 4.2],
          ]),
          measure('Insatsen leds av verksamhetschefen', [[2025, 2]], 3),
        ],
        extraction: { warnings: [{ code: 'AMBIGUOUS_TABLE', message: 'x', page: 3 }] },
      }),
      truth,
    );
    expect(s.kinds.measures).toMatchObject({ expected: 2, found: 2, extracted: 3, correct: 1 });
    // 2025: 9 is wrong and unwarned; the invented measure's 2 is wrong but its page carries a warning.
    expect(s.wrongEffects).toHaveLength(2);
    expect(s.wrongUnwarned).toEqual(['"Avveckling av inhyrda lokaler" 2025:9 p2']);
  });

  it('details: label, category and sub-measure count are scored over the measures found by title and effects', () => {
    const t: TruthFacts = {
      document: {},
      measures: [
        {
          titleIncludes: 'Färre inhyrda sjuksköterskor',
          label: 'B2',
          category: 'staffing_agency',
          effects: { '2027': 2 },
        },
        {
          titleIncludes: 'Lokalöversyn',
          label: '3',
          category: 'premises',
          subMeasureCount: 4,
          effects: { '2027': 1 },
        },
        { titleIncludes: 'Ej funnen', label: '9', effects: { '2027': 5 } },
      ],
    };
    const s = scoreFacts(
      doc({
        measures: [
          measure('Färre inhyrda sjuksköterskor', [[2027, 2]], 2, 'B2'),
          { ...measure('Lokalöversyn', [[2027, 1]], 2, '3'), category: 'premises', subMeasureCount: 3 },
          measure('Ej funnen', [[2027, 4]], 2, '9'),
        ],
      }),
      t,
    );
    expect(s.details.given).toEqual({ label: 2, category: 2, subMeasureCount: 1 });
    expect(s.details.correct).toEqual({ label: 2, category: 1, subMeasureCount: 0 });
    expect(s.details.misses).toHaveLength(2);
    // The measures kind keeps its golden semantics: a wrong detail is a miss there too.
    expect(s.kinds.measures.found).toBe(0);
  });

  it('a measure whose effect is missing is a miss, and the sign of an amount matters', () => {
    const s = scoreFacts(
      doc({
        measures: [measure('Digitala kallelser', [[2025, 1.5]])],
        amounts: [
          { amountMsek: 84, raw: '84 mkr', qualifier: null, year: null, context: '', page: 1 },
          { amountMsek: 12.5, raw: '12,5 mkr', qualifier: null, year: null, context: '', page: 1 },
        ],
      }),
      truth,
    );
    expect(s.kinds.measures.found).toBe(0);
    expect(s.kinds.amounts).toMatchObject({ expected: 2, found: 1, extracted: 2, correct: 1 });
    expect(s.kinds.amounts.misses[0]).toContain('read as 84');
  });

  it('totals, decisions, references and metadata: recall over the truth, precision over what was given', () => {
    const s = scoreFacts(
      doc({
        document: {
          region: { code: 'SE-N', name: 'Region Halland', evidence: '', page: 1 },
          body: null,
          documentType: 'handlingsplan',
          title: null,
          date: null,
          years: [2024, 2025, 2026],
        },
        totals: [
          { label: 'Summa', year: 2026, amountMsek: 7.2, sumOfMeasures: 7.2, reconciled: true, page: 2 },
          { label: 'Summa', year: 2027, amountMsek: 7.2, sumOfMeasures: 7.2, reconciled: true, page: 2 },
        ],
        decisions: [
          { id: '1', parentId: null, kind: 'proposal', actor: null, text: 'Godkänna planen.', page: 3 },
          { id: '2', parentId: null, kind: 'proposal', actor: null, text: 'Något annat.', page: 3 },
        ],
        references: [{ body: 'Regionstyrelsen', date: '2024-03-12', paragraph: '§ 45', text: '', page: 1 }],
      }),
      truth,
    );
    expect(s.kinds.totals).toMatchObject({ expected: 2, found: 1, extracted: 2, correct: 1 });
    expect(s.kinds.decisions).toMatchObject({ expected: 1, found: 1, extracted: 2, correct: 1 });
    expect(s.kinds.references).toMatchObject({ expected: 1, found: 1, extracted: 1, correct: 1 });
    // region, type, date (missed, not given), two years found, one extra year.
    expect(s.kinds.metadata).toMatchObject({ expected: 5, found: 4, extracted: 5, correct: 4 });
  });
});
