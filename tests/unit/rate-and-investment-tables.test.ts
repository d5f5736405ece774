/**
 * Year tables that are no measure tables although the prose above them speaks of measures: unit costs
 * ("Ersättning per besök, kr") and an investment plan ("Investeringsobjekt"). Their figures are rates and
 * spending levels; read as measures they became effects of hundreds of mkr without a warning. A table of
 * effects "per år" is still a measure table. Wording, figures and layout made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const report = (
  caption: string,
  head: string,
  rows: string,
): string => `# Verksamhetsplan för folktandvården 2031–2033

## Ekonomi
Fler insatser ska ges nära patienten och åtgärder för en ekonomi i balans följs upp varje månad.
${caption}
${head}                          2031       2032       2033
${rows}`;

describe('year tables of rates and investments', () => {
  it('reads no measures from a table of money per visit', () => {
    const doc = analyzeText(
      report(
        'Ersättning per besök, kr',
        'Besökstyp',
        `Undersökning                 1 150      1 190      1 230
Akut besök                     980      1 010      1 040`,
      ),
    );
    expect(doc.measures).toEqual([]);
  });

  it('reads no measures from an investment plan', () => {
    const doc = analyzeText(
      report(
        'Planerade investeringar, mkr',
        'Investeringsobjekt',
        `Nya behandlingsenheter         14,2       9,8        6,5
Digital röntgen                 7,4       3,1        2,0`,
      ),
    );
    expect(doc.measures).toEqual([]);
  });

  it('still reads a table of effects per year as measures', () => {
    const doc = analyzeText(
      report(
        'Effekt per år, mkr',
        'Åtgärd',
        `Samordnad bemanning            1,5        2,0        2,0
Färre inhyrda tandläkare        0,8        1,2        1,4`,
      ),
    );
    expect(doc.measures.map((m) => m.title)).toEqual(['Samordnad bemanning', 'Färre inhyrda tandläkare']);
  });
});
