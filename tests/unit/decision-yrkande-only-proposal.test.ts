/**
 * A yrkande is someone's proposal to the board. In minutes beside the board's own decision it is one of
 * several and no block; in a paper with no block of its own (a chair's memo whose proposal stands under
 * "Yrkande") it is the paper's proposal. Wording made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const ids = (text: string) => analyzeText(text).decisions.map((d) => [d.id, d.kind, d.actor, d.text]);

describe('a yrkande as the only proposal', () => {
  it("is read as the paper's proposal block", () => {
    expect(
      ids(`# Arvoden för förtroendevalda i trafiknämnden 2031
## Yrkande
Ordföranden yrkar att trafiknämnden beslutar:
- att höja arvodet för sammanträden med två procent,
- att de nya arvodena gäller från den 1 juli 2031.
## Bakgrund
Arvodena har inte räknats upp sedan 2028.`),
    ).toEqual([
      ['1', 'proposal', 'Ordföranden', 'höja arvodet för sammanträden med två procent'],
      ['2', 'proposal', 'Ordföranden', 'de nya arvodena gäller från den 1 juli 2031.'],
    ]);
  });

  it("stays no block beside the board's own decision", () => {
    expect(
      ids(`# § 31 Arvoden för förtroendevalda 2031
## Yrkande
Ledamoten för partiet yrkar att trafiknämnden beslutar att avslå förslaget.
## Beslut
Trafiknämnden beslutar att höja arvodet för sammanträden med två procent.`),
    ).toEqual([['1', 'decision', 'Trafiknämnden', 'höja arvodet för sammanträden med två procent.']]);
  });
});
