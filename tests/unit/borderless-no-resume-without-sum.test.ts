/**
 * Rows on the same column grid some space under a table that ended without a sum row are not its rows
 * resumed past a box unless they end in a sum row that adds up over both parts; a table's caption in the
 * space between starts another table. Unsure, the figures are told unread, not read as measures.
 * Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const row = (label: string, a: string, b: string) => `${label.padEnd(46)}${a.padStart(10)}${b.padStart(10)}`;

const TABLE = [
  '## Åtgärder inom vården',
  'Hälso- och sjukvårdsnämnden i Region Gotland föreslår åtgärder, belopp i mkr.',
  '',
  row('Åtgärd', '2027', '2028'),
  row('Samordnad nattbemanning på vårdavdelningar', '2,5', '3,0'),
  row('Minskad inhyrning av sjuksköterskor', '4,0', '4,5'),
];

const titles = (text: string[]) => analyzeText(text.join('\n')).measures.map((m) => m.title);

describe('rows under a table ended without a sum row', () => {
  it('are not its rows when a table caption stands between', () => {
    const found = titles([
      ...TABLE,
      ...Array.from({ length: 8 }, () => ''),
      'Tabell 3. Antal tjänster som berörs',
      '',
      row('Undersköterskor', '12', '10'),
      row('Sjuksköterskor', '25', '22'),
    ]);
    expect(found).not.toContain('Undersköterskor');
    expect(found).not.toContain('Sjuksköterskor');
  });

  it('are not its rows when they end in no sum row', () => {
    const found = titles([
      ...TABLE,
      ...Array.from({ length: 8 }, () => ''),
      'Diagram 2. Vårdplatser per månad',
      '',
      row('Undersköterskor', '12', '10'),
      row('Sjuksköterskor', '25', '22'),
    ]);
    expect(found).not.toContain('Undersköterskor');
  });

  it('are not its rows when their sum row does not add up over both parts', () => {
    const found = titles([
      ...TABLE,
      ...Array.from({ length: 8 }, () => ''),
      'Diagram 2. Vårdplatser per månad',
      '',
      row('Undersköterskor', '12', '10'),
      row('Sjuksköterskor', '25', '22'),
      row('Summa', '37', '32'),
    ]);
    expect(found).not.toContain('Undersköterskor');
  });

  it('are not its rows under a table caption, even with a sum row that adds up over both parts', () => {
    const found = titles([
      ...TABLE,
      ...Array.from({ length: 8 }, () => ''),
      'Tabell 3. Antal tjänster som berörs',
      '',
      row('Undersköterskor', '12', '10'),
      row('Sjuksköterskor', '25', '22'),
      row('Summa', '43,5', '39,5'),
    ]);
    expect(found).not.toContain('Undersköterskor');
  });
});
