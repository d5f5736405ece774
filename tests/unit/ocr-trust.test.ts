import { describe, expect, it } from 'vitest';
import { checkOcrNumbers, type OcrCheckedFacts } from '../../parsers/ocr/trust.ts';
import type { Page, TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';
import type { Measure, Total } from '../../parsers/schema.ts';

/** A recognized page from rows of [text, x, confidence] words. */
function page(
  number: number,
  rows: Array<Array<[string, number, number]>>,
  source: Page['source'] = 'ocr',
): Page {
  const items: TextItem[] = rows.flatMap((row, i) =>
    row.map(([text, x, confidence]) => ({
      text,
      x,
      y: 100 + i * 14,
      width: text.length * 5,
      height: 10,
      confidence,
      spaceAfter: true,
    })),
  );
  return { number, width: 595, height: 842, source, items, lines: buildLines(items), tables: [] };
}

function measure(
  id: string,
  title: string,
  pageNumber: number,
  evidence: string,
  effects: Array<[number, number]>,
): Measure {
  return {
    id,
    label: null,
    title,
    category: 'other',
    subMeasureCount: null,
    subMeasures: [],
    description: null,
    effects: effects.map(([year, amountMsek]) => ({
      year,
      amountMsek,
      type: 'cost_reduction',
      baselineYear: null,
    })),
    page: pageNumber,
    evidence,
  };
}

function total(year: number, amountMsek: number, sumOfMeasures: number, pageNumber: number): Total {
  return {
    label: 'Totalt',
    year,
    amountMsek,
    sumOfMeasures,
    reconciled: Math.abs(amountMsek - sumOfMeasures) < 0.6,
    page: pageNumber,
    evidence: `Totalt ${amountMsek}`,
  };
}

const tablePage = page(3, [
  [
    ['Sjukresor', 20, 0.95],
    ['3,5', 400, 0.96],
    ['8,9', 460, 0.62],
  ],
  [
    ['Ambulans', 20, 0.95],
    ['11,5', 400, 0.93],
    ['17,5', 460, 0.95],
  ],
]);

describe('checkOcrNumbers', () => {
  it('flags a figure read with low confidence, naming its raw text, page and fact, without changing it', () => {
    const facts: OcrCheckedFacts = {
      measures: [
        measure('m1', 'Sjukresor', 3, 'Sjukresor 3,5 8,9', [
          [2023, 3.5],
          [2024, 8.9],
        ]),
        measure('m2', 'Ambulans', 3, 'Ambulans 11,5 17,5', [
          [2023, 11.5],
          [2024, 17.5],
        ]),
      ],
      totals: [],
      amounts: [],
    };
    const before = JSON.stringify(facts);
    const warnings = checkOcrNumbers([tablePage], facts);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'OCR_LOW_CONFIDENCE', page: 3 });
    expect(warnings[0]?.message).toContain('"8,9"');
    expect(warnings[0]?.message).toContain('2024 effect of "Sjukresor"');
    expect(warnings[0]?.message).toContain('62 %');
    expect(JSON.stringify(facts)).toBe(before);
  });

  it('puts every figure of a year whose total does not reconcile under TOTAL_MISMATCH on its page', () => {
    const other = page(4, [
      [
        ['Larmcentral', 20, 0.97],
        ['3', 400, 0.97],
      ],
    ]);
    const facts: OcrCheckedFacts = {
      measures: [
        measure('m1', 'Sjukresor', 3, 'Sjukresor 3,5 8,9', [
          [2023, 3.5],
          [2024, 8.9],
        ]),
        measure('m2', 'Ambulans', 3, 'Ambulans 11,5 17,5', [
          [2023, 11.5],
          [2024, 17.5],
        ]),
        measure('m3', 'Larmcentral', 4, 'Larmcentral 3', [[2024, 3]]),
      ],
      totals: [total(2023, 20, 15, 5)],
      amounts: [],
    };
    const mismatches = checkOcrNumbers([tablePage, other], facts, { minConfidence: 0.5 }).filter(
      (w) => w.code === 'TOTAL_MISMATCH',
    );
    expect(mismatches.map((w) => w.page).sort()).toEqual([3, 4]);
    const onThree = mismatches.find((w) => w.page === 3)?.message ?? '';
    expect(onThree).toContain('"3,5" for "Sjukresor"');
    expect(onThree).toContain('"11,5" for "Ambulans"');
    // A measure on a recognized page without a figure for the year: OCR may have lost it.
    expect(mismatches.find((w) => w.page === 4)?.message).toContain('no figure read for "Larmcentral"');
  });

  it('checks totals and amounts too, and joins thousands that OCR split into words', () => {
    const memo = page(2, [
      [
        ['underskott', 20, 0.95],
        ['på', 80, 0.95],
        ['1', 120, 0.55],
        ['200', 130, 0.93],
        ['mkr', 160, 0.95],
      ],
      [
        ['Totalt', 20, 0.95],
        ['473', 400, 0.7],
      ],
    ]);
    const warnings = checkOcrNumbers([memo], {
      measures: [],
      totals: [total(2025, 473, 473, 2)],
      amounts: [
        {
          amountMsek: -1200,
          raw: 'underskott på 1 200 mkr',
          qualifier: null,
          year: null,
          context: 'x',
          page: 2,
        },
      ],
    });
    expect(warnings.map((w) => w.message.split(' (')[0])).toEqual(['"473"', '"1 200"']);
    expect(warnings.every((w) => w.code === 'OCR_LOW_CONFIDENCE' && w.page === 2)).toBe(true);
  });

  it('leaves text-layer pages alone', () => {
    const text = page(
      1,
      [
        [
          ['Sjukresor', 20, 0.1],
          ['8,9', 400, 0.1],
        ],
      ],
      'text',
    );
    const facts: OcrCheckedFacts = {
      measures: [measure('m1', 'Sjukresor', 1, 'Sjukresor 8,9', [[2024, 8.9]])],
      totals: [total(2024, 100, 8.9, 1)],
      amounts: [],
    };
    expect(checkOcrNumbers([text], facts)).toEqual([]);
  });
});
