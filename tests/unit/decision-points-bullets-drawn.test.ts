/**
 * A bulleted list of decision points whose bullets a browser drew as shapes: the text layer holds only
 * the indented lines, each opening with a capital and ending short of the text's measure. Each line is
 * a point. A paragraph that wraps onto an indented line opening with a name stays one point.
 * Wording made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const decisions = (text: string) => analyzeText(text).decisions.map((d) => [d.id, d.text]);
const BODY =
  'Biblioteken i länet har sedan flera år haft kortare öppettider än grannlänen, och besöken har minskat.';

describe('decision points whose bullets left no text', () => {
  it('reads each indented line as a point', () => {
    expect(
      decisions(`# Öppettider för biblioteksfilialer
${BODY}
${BODY}
## Förslag till beslut
Kulturnämnden föreslås besluta
      Godkänna rapporten om biblioteksfilialer
      Ge förvaltningen i uppdrag att utöka öppettiderna
      Återrapportera till nämnden i juni
## Bakgrund
${BODY}
`),
    ).toEqual([
      ['1', 'Godkänna rapporten om biblioteksfilialer'],
      ['2', 'Ge förvaltningen i uppdrag att utöka öppettiderna'],
      ['3', 'Återrapportera till nämnden i juni'],
    ]);
  });

  it('keeps a wrapped paragraph one point', () => {
    const got = decisions(`# Öppettider för biblioteksfilialer
${BODY}
${BODY}
## Förslag till beslut
Kulturnämnden föreslås besluta
      Nämnden godkänner rapporten om biblioteksfilialernas öppettider och överlämnar den till
      Regionstyrelsen för kännedom
## Bakgrund
${BODY}
`);
    expect(got).toHaveLength(1);
    expect(got[0]?.[1]).toContain('till Regionstyrelsen för kännedom');
  });
});
