/**
 * "<Actor> föreslås besluta/beslutar att": one paper for the committee that proposes and the board that
 * decides. The slash form is the same introduction as "föreslås besluta"; every point after it is read,
 * the "/beslutar" is no point. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('an introduction "föreslås besluta/beslutar"', () => {
  it('reads each att-clause after it as a point', () => {
    const doc = analyzeText(`# Tjänsteskrivelse om hörcentralens lokaler

## Förslag till beslut

Tandvårdsnämnden föreslås besluta/beslutar att

att godkänna flytten av hörcentralen till nya lokaler,
att uppdra åt förvaltningen att teckna hyresavtalet.
`);
    expect(doc.decisions.map((d) => [d.id, d.text])).toEqual([
      ['1', 'godkänna flytten av hörcentralen till nya lokaler'],
      ['2', 'uppdra åt förvaltningen att teckna hyresavtalet.'],
    ]);
  });
});
