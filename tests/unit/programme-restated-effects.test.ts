/**
 * A programme that sums up its measures in a table and then gives each a section repeating title and
 * effect (hold-out 8): each measure counts once, and a section whose figure differs from the table's
 * is warned about on the measure's page.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });

const paper = (second: string) =>
  [
    '# Handlingsplan för länsteknik 2028–2029',
    '## Översikt över insatserna (mkr)',
    'Insats                              2028     2029',
    'Samlad service av röntgenutrustning   1,2      2,0',
    'Färre licenser för bildarkivet        0,4      0,9',
    'Summa                                 1,6      2,9',
    '\f## Insatserna i detalj',
    '**Samlad service av röntgenutrustning**',
    'Servicen köps i ett avtal för alla sjukhus. Besparingen blir 1,2 mkr 2028 och 2,0 mkr 2029.',
    '**Färre licenser för bildarkivet**',
    `Licenserna räknas om efter faktisk användning. Besparingen blir ${second} mkr 2028 och 0,9 mkr 2029.`,
  ].join('\n');

describe('a summary table and a section per measure', () => {
  it('counts each measure once and warns on neither page when the figures agree', () => {
    const doc = analyze(paper('0,4'));
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Samlad service av röntgenutrustning',
      'Färre licenser för bildarkivet',
    ]);
    expect(doc.warnings.filter((w) => w.message.includes('again'))).toEqual([]);
  });

  it("warns on the measure's page when a section states another figure than the table", () => {
    const doc = analyze(paper('0,7'));
    expect(doc.measures.filter((m) => m.title.includes('licenser'))).toHaveLength(1);
    const warned = doc.warnings.filter((w) => w.message.includes('again'));
    expect(warned.map((w) => w.page)).toContain(1);
    expect(warned[0]?.message).toContain('0.7');
  });
});
