/**
 * A borderless table numbered in a column of its own ("1.1", "2.1") and grouped by area: the group's
 * name starts where the numbers stand (it spans the row), a row's own wrapped first line starts in the
 * label column, and a "Delsumma" row closes a group. And a status cell that says "Beslut" is no
 * heading of decision points. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const read = (text: string) => analyzeText(text);

const PLAN = `# Åtgärdsplan för tandvården 2031–2032
Tabell 2. Åtgärder per område, mkr
Nr   Åtgärd                                      2031    2032   Status
Allmäntandvård
1.1  Färre öppettimmar på två kliniker            0,8     1,2   Pågår
1.2  Samlad beställning av dentalmaterial         0,3     0,6   Pågår
     Delsumma allmäntandvård                      1,1     1,8
Specialisttandvård
2.1  Gemensam remissbedömning                     0,4     0,9   Utreds
                                                                Beslut
2.2  Översyn av jourberedskap                     0,2     0,2
                                                                i nämnden
     Delsumma specialisttandvård                  0,6     1,1
     Totalt                                       1,7     2,9

Förslag till beslut
Tandvårdsnämnden föreslås besluta
1. att godkänna åtgärdsplanen
2. att uppdra åt förvaltningen att redovisa utfallet i delårsrapporten`;

describe('a numbered borderless table grouped by area', () => {
  const doc = read(PLAN);

  it('reads each row under its own title and number, not under its group', () => {
    expect(doc.measures.map((m) => [m.label, m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual(
      [
        [
          '1.1',
          'Färre öppettimmar på två kliniker',
          [
            [2031, 0.8],
            [2032, 1.2],
          ],
        ],
        [
          '1.2',
          'Samlad beställning av dentalmaterial',
          [
            [2031, 0.3],
            [2032, 0.6],
          ],
        ],
        [
          '2.1',
          'Gemensam remissbedömning',
          [
            [2031, 0.4],
            [2032, 0.9],
          ],
        ],
        [
          '2.2',
          'Översyn av jourberedskap',
          [
            [2031, 0.2],
            [2032, 0.2],
          ],
        ],
      ],
    );
    expect(doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE')).toEqual([]);
  });

  it('reconciles the total over the groups', () => {
    const total = doc.totals.filter((t) => t.label === 'Totalt');
    expect(total.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2031, 1.7, true],
      [2032, 2.9, true],
    ]);
  });

  it('takes no status cell for a heading of decision points', () => {
    expect(doc.decisions.map((d) => d.text)).toEqual([
      'att godkänna åtgärdsplanen',
      'att uppdra åt förvaltningen att redovisa utfallet i delårsrapporten',
    ]);
  });
});
