/**
 * A borderless table whose first text column is a group ("Område", its name only on the first row of
 * each group, as a merged cell prints) and whose second is the measure ("Åtgärd"): the measure column
 * is the one headed by the measure, not the first one a label word heads.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('a group column left of the measure column', () => {
  it.each([['Område'], ['Åtgärdsområde'], ['Insatsgrupp']])(
    'takes the titles from the column headed "Åtgärd", the group headed "%s"',
    (group) => {
      const row = (nr: string, area: string, title: string, a: string, b: string) =>
        `${nr.padEnd(4)}${area.padEnd(18)}${title.padEnd(40)}${a.padStart(8)}${b.padStart(8)}`;
      const doc = analyzeText(
        [
          '# Handlingsplan för länssjukvården',
          'Tabell 1. Effekt per år, mkr',
          row('Nr', group, 'Åtgärd', '2026', '2027'),
          row('1', 'Kirurgi', 'Samordnad operationsplanering', '1,4', '1,8'),
          row('2', '', 'Färre inställda operationer', '0,6', '0,9'),
          row('3', 'Medicin', 'Utökad hemsjukvård', '0,8', '1,1'),
          row('4', '', 'Ny rutin för utskrivning', '0,5', '0,7'),
          row('', '', 'Summa', '3,3', '4,5'),
        ].join('\n'),
      );
      expect(doc.measures.map((m) => m.title)).toEqual([
        'Samordnad operationsplanering',
        'Färre inställda operationer',
        'Utökad hemsjukvård',
        'Ny rutin för utskrivning',
      ]);
    },
  );
});
