/**
 * A paper whose measures table is set in small print and holds more characters than its prose: the body
 * size is the prose's, so its paragraphs stay paragraphs (not headings), and a citation in the background
 * and a one-paragraph decision under the proposal heading are both read.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from '../../parsers/page-model.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const SMALL = 7;

/** Lines starting "~ " are the table's, set in small print (the marker is dropped). */
function withSmallTable(text: string): Page[] {
  return pagesFromText(text).map((page) => {
    const lines = page.lines.map((line) => {
      if (!line.text.startsWith('~ ')) return line;
      const segments = line.segments.map((s, i) => (i === 0 ? { ...s, text: s.text.slice(2) } : s));
      const items = line.items.map((item, i) =>
        i === 0 ? { ...item, text: item.text.slice(2), height: SMALL } : { ...item, height: SMALL },
      );
      return { ...line, items, segments, text: line.text.slice(2), fontSize: SMALL, height: SMALL };
    });
    return { ...page, lines };
  });
}

const row = (title: string, figures: string[]) =>
  `~ ${title.padEnd(56)}${figures.map((f) => f.padStart(14)).join('')}`;

const TEXT = [
  'Region Gotland',
  'Hälso- och sjukvårdsnämnden',
  'Datum 2025-09-02',
  '',
  '# Plan för ekonomi i balans 2026–2028',
  '',
  '## Ärendet',
  'Hälso- och sjukvårdsnämnden beslutade 2025-03-12, § 41 att uppdra åt förvaltningen att ta fram en',
  'plan för en budget i balans. Prognosen för året visar ett underskott mot budget.',
  '',
  '## Åtgärder',
  'Åtgärdernas effekt på resultatet, mkr',
  `~ ${'Åtgärd'.padEnd(56)}${['Effekt 2026', 'Effekt 2027', 'Effekt 2028'].map((h) => h.padStart(14)).join('')}`,
  row('Samordna nattbemanningen på vårdavdelningarna', ['2,4 mkr', '3,1 mkr', '3,3 mkr']),
  row('Minska inhyrd personal inom psykiatrin', ['1,8 mkr', '2,6 mkr', '2,9 mkr']),
  row('Gemensam upphandling av medicinteknik', ['1,1 mkr', '1,5 mkr', '1,7 mkr']),
  row('Färre externa lokaler för administrationen', ['0,9 mkr', '1,2 mkr', '1,2 mkr']),
  row('Digital egenvård för kroniskt sjuka', ['0,6 mkr', '0,9 mkr', '1,4 mkr']),
  row('Samlad läkemedelsgenomgång i primärvården', ['0,7 mkr', '0,8 mkr', '1,0 mkr']),
  row('Samordnad schemaläggning inom ambulanssjukvården', ['0,5 mkr', '0,7 mkr', '0,8 mkr']),
  row('Avveckla dubbla journalsystem i tandvården', ['0,4 mkr', '0,6 mkr', '0,6 mkr']),
  row('Gemensam bemanningspool för akutmottagningarna', ['1,0 mkr', '1,3 mkr', '1,5 mkr']),
  row('Totalt', ['9,4 mkr', '12,7 mkr', '14,4 mkr']),
  '',
  '## Förslag till beslut',
  'Hälso- och sjukvårdsnämnden fastställer planen för 2026–2028 och uppdrar åt hälso- och',
  'sjukvårdsdirektören att genomföra åtgärderna.',
].join('\n');

describe('body size beside a small-print table', () => {
  const doc = analyzeText(withSmallTable(TEXT));

  it('reads the board citing its own earlier decision by date and §', () => {
    expect(doc.references.map((r) => [r.body, r.date, r.paragraph])).toEqual([
      ['Hälso- och sjukvårdsnämnden', '2025-03-12', '§41'],
    ]);
  });

  it('reads the one-paragraph decision under the proposal heading', () => {
    expect(doc.decisions.map((d) => d.text)).toEqual([
      'Hälso- och sjukvårdsnämnden fastställer planen för 2026–2028 och uppdrar åt hälso- och sjukvårdsdirektören att genomföra åtgärderna.',
    ]);
  });

  it('still reads the table', () => {
    expect(doc.measures).toHaveLength(9);
  });
});
