/**
 * A footnote right under the proposal's points, opening with its note number ("3 Regionfullmäktige
 * 2024-11-26, § 201."), the mark in the text above being the citation's: no next decision point, and
 * no words of the last one. Under a table of points it is set smaller than the table's rows; under a
 * numbered list it is set back to the text's edge, left of the points' numbers. Either way the citation
 * is a reference of its own. Hand-built layout and wording.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from '../../parsers/page-model.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

function withSmallLine(pages: Page[], starts: string, size: number): Page[] {
  for (const page of pages)
    for (const line of page.lines)
      if (line.text.startsWith(starts)) {
        line.fontSize = size;
        line.height = size;
        for (const item of line.items) item.height = size;
      }
  return pages;
}

describe('a footnote under the points of a proposal', () => {
  it('is no point of a table of points when set smaller than its rows', () => {
    const pages = pagesFromText(
      [
        '# Omställning av rehabiliteringen',
        'Rehabiliteringen ska ställas om enligt det uppdrag som gavs i våras3.',
        '## Förslag till beslut',
        'Primärvårdsnämnden föreslås besluta att',
        'Nr    Beslutspunkt',
        '1     fastställa omställningsplanen för rehabiliteringen',
        '2     ge förvaltningen i uppdrag att följa upp planen under hösten',
        '3 Regionfullmäktige 2024-11-26, § 201.',
      ].join('\n'),
    );
    const doc = analyzeText(withSmallLine(pages, '3 Regionfullmäktige', 7.5));
    expect(doc.decisions.map((d) => d.id)).toEqual(['1', '2']);
    expect(doc.references.map((r) => [r.body, r.date, r.paragraph])).toContainEqual([
      'Regionfullmäktige',
      '2024-11-26',
      '§201',
    ]);
  });

  it('is no words of the last numbered point when set back to the text’s edge', () => {
    const doc = analyzeText(
      [
        '# Omställning av rehabiliteringen',
        'Rehabiliteringen ska ställas om enligt det uppdrag som gavs i våras3.',
        '## Förslag till beslut',
        'Primärvårdsnämnden föreslås besluta att',
        '    1. fastställa omställningsplanen för rehabiliteringen',
        '    2. ge förvaltningen i uppdrag att följa upp planen',
        '3 Regionfullmäktige 2024-11-26, § 201.',
      ].join('\n'),
    );
    expect(doc.decisions.map((d) => d.text)).toEqual([
      expect.stringMatching(/fastställa omställningsplanen för rehabiliteringen$/),
      expect.stringMatching(/ge förvaltningen i uppdrag att följa upp planen$/),
    ]);
    expect(doc.references.map((r) => [r.body, r.date, r.paragraph])).toContainEqual([
      'Regionfullmäktige',
      '2024-11-26',
      '§201',
    ]);
  });
});
