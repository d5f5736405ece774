/**
 * A table whose reading stops early (a row's cells set out of line, a gap inside the table): a row of
 * figures under the year columns a few lines further down, with only label text between, was read by no
 * row. Said with a warning on the table, never dropped in silence; a table followed by prose is not.
 * Wording and figures made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const paper = (after: string) =>
  analyzeText(`# Insatser inom habiliteringen 2031–2032
Region Gotland

## Insatser
Tabell 1. Insatsernas effekt, mkr
Insats                                 2031          2032
Samordnade hjälpmedelsbesök             1,2           1,5
Färre köpta platser                     0,8           0,9



${after}

## Bakgrund
Kostnaderna har ökat.
`);

describe('figures under the year columns after a table ends', () => {
  it('are told', () => {
    const doc = paper(`Gemensam bokning av
                                        0,4           0,6
tolktjänster`);
    expect(doc.warnings.some((w) => /read by no row/.test(w.message))).toBe(true);
  });

  it('are not invented after a table followed by prose', () => {
    const doc = paper('Förvaltningen följer upp insatserna varje tertial.');
    expect(doc.warnings.some((w) => /read by no row/.test(w.message))).toBe(false);
  });
});
