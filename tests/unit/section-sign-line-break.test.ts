/**
 * A citation broken right after its "§": the paragraph's number opens the next line ("… den 3 mars
 * 2027, §" / "58. Därefter …"). A "§" always takes its number after it, so the line ending in it is
 * running text — no heading, even where the page's small table makes the prose larger than the page's
 * median size — and the number opening the next line is the paragraph's number, no list marker.
 * Wording and layout made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { buildLayout } from '../../parsers/extract/layout.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function page(tail: string[]): ReturnType<typeof pagesFromText> {
  const pages = pagesFromText(
    [
      'Region Blekinge',
      'Datum 2027-09-02',
      '',
      '# Omställning inom psykiatrin',
      'Uppdraget att minska kostnaderna gavs av psykiatrinämnden den 3 mars 2027, §',
      ...tail,
      '',
      'Ref   Förslag                                              2028    2029',
      'P1    Gemensam jourlinje för barn- och vuxenpsykiatrin       0,9     1,3',
      'P2    Färre externa utredningsplatser inom neuropsykiatrin   1,7     2,2',
      'P3    Samlad telefonrådgivning under kvällstid               0,4     0,6',
      'P4    Översyn av resor till och från behandlingshem          0,2     0,5',
      'Totalt                                                     3,2     4,6',
    ].join('\n'),
  );
  // The table set in 8 pt, the text in 10.5 pt: the prose is larger than the page's median size.
  for (const line of pages[0]?.lines ?? []) if (line.segments.length >= 3) line.fontSize = 8;
  return pages;
}

describe('a "§" at the end of a line, its number on the next', () => {
  it('reads the citation with the number from the next line', () => {
    const doc = analyzePages(page(['58. Därefter har verksamheten lämnat förslag i fyra delar.']), {
      fileName: 'test.pdf',
      info,
    });
    expect(doc.references.map((r) => [r.body, r.date, r.paragraph])).toEqual([
      ['Psykiatrinämnden', '2027-03-03', '§58'],
    ]);
  });

  it('keeps the line with "§" and the numbered line in one paragraph, not a heading and an item', () => {
    const layout = buildLayout(page(['58. Därefter har verksamheten lämnat förslag i fyra delar.']));
    const block = layout.blocks.find((b) => b.text.includes('psykiatrinämnden'));
    expect(block?.kind).toBe('paragraph');
    expect(block?.text).toContain('§ 58. Därefter');
  });

  it('still reads a numbered list after a line that does not end in "§"', () => {
    const layout = buildLayout(
      pagesFromText(
        [
          'Förvaltningen föreslår följande:',
          '1. Samla nattjouren på ett sjukhus.',
          '2. Säg upp två lokaler.',
        ].join('\n'),
      ),
    );
    expect(layout.blocks.filter((b) => b.kind === 'item').map((b) => b.marker?.label)).toEqual(['1', '2']);
  });

  it('makes a line ending in a comma no heading however large it is set', () => {
    const pages = pagesFromText(
      [
        'Förslagen i tabellen gäller jourlinjer, resor och lokaler,',
        'Jämförelsen med föregående år redovisas i bilaga 2.',
        '',
        'Ref   Förslag                                              2028    2029',
        'P1    Gemensam jourlinje för barn- och vuxenpsykiatrin       0,9     1,3',
        'P2    Färre externa utredningsplatser inom neuropsykiatrin   1,7     2,2',
        'P3    Samlad telefonrådgivning under kvällstid               0,4     0,6',
        'Totalt                                                     3,0     4,1',
      ].join('\n'),
    );
    for (const line of pages[0]?.lines ?? []) if (line.segments.length >= 3) line.fontSize = 8;
    const headings = buildLayout(pages).blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((b) => b.text)).toEqual([]);
  });
});
