/**
 * An effect read from a figure that is not a sure number — an approximation, a bound, a range or a
 * figure with a note on how sure it is — is the printed figure (a range's lower end), with a warning
 * naming it; sure figures give none. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { approximateEffectDoubts, type MeasureDraft } from '../../parsers/extract/measures.ts';
import type { PageTable } from '../../parsers/page-model.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const draft = (title: string, raws: string[], page = 2): MeasureDraft => ({
  label: null,
  title,
  category: 'other',
  subMeasureCount: null,
  subMeasures: [],
  description: null,
  effects: raws.map((raw, k) => ({
    year: 2033 + k,
    amountMsek: 1,
    type: 'unspecified',
    baselineYear: null,
    raw,
  })),
  page,
  evidence: title,
  source: 'table',
  group: 1,
});

describe('effects from figures that are not sure numbers', () => {
  it('names approximations, bounds, ranges and noted figures, one doubt per page', () => {
    const doubts = approximateEffectDoubts([
      draft('Samordnad hemsjukvård', ['cirka 1,0', '≥ 2']),
      draft('Färre lånebilar', ['0,4–0,7', '1,2 (prel.)']),
      draft('Ny taxa för färdtjänst', ['3,1', '(0,6)', '−1,5'], 3),
    ]);
    expect(doubts).toHaveLength(1);
    expect(doubts[0]?.page).toBe(2);
    for (const raw of ['cirka 1,0', '≥ 2', '0,4–0,7', '1,2 (prel.)'])
      expect(doubts[0]?.reason).toContain(raw);
  });

  it('warns on the page of a table whose year cells hold such figures', () => {
    const pages = pagesFromText('# Plan för färdtjänsten 2033–2034\nInsatserna.\n');
    const table: PageTable = {
      source: 'ruled',
      rows: [
        ['Insats', '2033 (mkr)', '2034 (mkr)'],
        ['Samordnad hemsjukvård', '~ 1,5', '2,0'],
        ['Färre lånebilar', '0,8', '0,9'],
      ],
    };
    const page = pages[0];
    if (page) page.tables = [table];
    const doc = analyzeText(pages);
    const warned = doc.warnings.filter((w) => w.code === 'AMBIGUOUS_AMOUNT');
    expect(warned).toHaveLength(1);
    expect(warned[0]?.message).toContain('~ 1,5');
    expect(warned[0]?.message).not.toContain('0,9');
  });
});
